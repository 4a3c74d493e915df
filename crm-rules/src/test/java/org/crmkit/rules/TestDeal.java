package org.crmkit.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A deal as the rules see it: what the real Deal schema will look like, without waiting for the Deal aggregate. */
record TestDeal(MoneyValue amount, Stage stage, List<ContactRole> contactRoles, String contractReference,
                LocalDate expectedClose, Segment segment, BigDecimal discountPercent, Boolean strategic,
                Instant createdAt) {

    enum Stage { NEW, QUALIFIED, PROPOSAL, NEGOTIATION, WON, LOST }

    enum ContactRole { DECISION_MAKER, INFLUENCER, USER, ACCOUNTANT }

    enum Segment { SMB, MID_MARKET, ENTERPRISE }

    /** The schema a Deal gets: one line per fact. */
    static final FactSchema<TestDeal> SCHEMA = FactSchema.builder("deal", TestDeal.class)
            .money("amount", TestDeal::amount)
            .enumeration("stage", Stage.class, TestDeal::stage)
            .list("contacts.roles", FactType.enumOf(ContactRole.class), TestDeal::contactRoles)
            .string("contractReference", TestDeal::contractReference)
            .date("expectedClose", TestDeal::expectedClose)
            .enumeration("client.segment", Segment.class, TestDeal::segment)
            .number("discountPercent", TestDeal::discountPercent)
            .bool("strategic", TestDeal::strategic)
            .instant("createdAt", TestDeal::createdAt)
            .build();

    static TestDeal newDeal() {
        return new TestDeal(null, Stage.NEW, List.of(), null, null, Segment.SMB, null, false, null);
    }

    TestDeal withAmount(String amount, String currency) {
        return new TestDeal(MoneyValue.of(amount, currency), stage, contactRoles, contractReference, expectedClose, segment,
                discountPercent, strategic, createdAt);
    }

    TestDeal inStage(Stage newStage) {
        return new TestDeal(amount, newStage, contactRoles, contractReference, expectedClose, segment, discountPercent,
                strategic, createdAt);
    }

    TestDeal withContacts(ContactRole... roles) {
        return new TestDeal(amount, stage, List.of(roles), contractReference, expectedClose, segment, discountPercent,
                strategic, createdAt);
    }

    TestDeal withContract(String reference) {
        return new TestDeal(amount, stage, contactRoles, reference, expectedClose, segment, discountPercent, strategic,
                createdAt);
    }

    TestDeal closingOn(LocalDate date) {
        return new TestDeal(amount, stage, contactRoles, contractReference, date, segment, discountPercent, strategic,
                createdAt);
    }

    TestDeal inSegment(Segment newSegment) {
        return new TestDeal(amount, stage, contactRoles, contractReference, expectedClose, newSegment, discountPercent,
                strategic, createdAt);
    }

    TestDeal withDiscount(String percent) {
        return new TestDeal(amount, stage, contactRoles, contractReference, expectedClose, segment, new BigDecimal(percent),
                strategic, createdAt);
    }
}
