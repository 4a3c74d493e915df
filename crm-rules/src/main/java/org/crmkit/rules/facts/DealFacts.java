package org.crmkit.rules.facts;

import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContact;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.shared.Money;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.FactType;
import org.crmkit.rules.Field;
import org.crmkit.rules.MoneyValue;

/**
 * What rules may read about a deal. {@link #SCHEMA} ({@code deal}) reads the deal alone; {@link #IN_CONTEXT}
 * ({@code deal-in-context}) reads the same fields of {@link DealContext#deal()} plus the client's ({@code client.*}),
 * for rules that depend on who the client is. Stage and pipeline are strings: each company names its own.
 */
public final class DealFacts {
    /** The deal's own facts: amount, currency, stage, pipeline, status, probability, dates, contacts, owner... */
    public static final FactSchema<Deal> SCHEMA = deal();

    /** The deal's facts plus its client's, under {@code client.}. */
    public static final FactSchema<DealContext> IN_CONTEXT = inContext();

    private DealFacts() {
    }

    /** Core's money as the rule language sees it. */
    public static MoneyValue money(Money money) {
        return money == null ? null : MoneyValue.of(money.amount(), money.currency().getCurrencyCode());
    }

    /**
     * The fields, read straight from the deal: rules read these on every evaluation, so the amount, the expected close
     * date, the contract reference and the roles are read through core's non-allocating readers ({@code ...OrNull},
     * {@code contactRoleList}) rather than an Optional or a copy per read. The rarely read ones unwrap an Optional.
     */
    private static FactSchema<Deal> deal() {
        return FactSchema.builder("deal", Deal.class)
                .money("amount", deal -> money(deal.amountOrNull()))
                .string("currency", deal -> currencyCode(deal.amountOrNull()))
                .string("title", Deal::title)
                .string("stage", deal -> deal.stage().value())
                .string("pipeline", deal -> deal.pipeline().value())
                .enumeration("status", DealStatus.class, Deal::status)
                .number("probability", deal -> deal.probability().percent())
                .date("expectedClose", Deal::expectedCloseOnOrNull)
                .string("contractReference", Deal::contractReferenceOrNull)
                // an array-backed list, made once per change of the contacts: rules test it by index
                .list("contacts.roles", FactType.enumOf(DealContactRole.class), Deal::contactRoleList)
                .number("contacts.count", Deal::contactCount)
                .string("client", deal -> deal.client().value().toString())
                .string("owner", deal -> deal.owner().value().toString())
                .string("department", deal -> deal.department().value().toString())
                .instant("openedAt", Deal::openedAt)
                .instant("closedAt", deal -> deal.closedAt().orElse(null))
                .string("lostReason", deal -> deal.lostReason().orElse(null))
                .build();
    }

    private static String currencyCode(Money money) {
        return money == null ? null : money.currency().getCurrencyCode();
    }

    private static FactSchema<DealContext> inContext() {
        FactSchema.Builder<DealContext> builder = FactSchema.builder("deal-in-context", DealContext.class);
        for (Field<Deal> field : SCHEMA.fields()) {
            builder.field(field.name(), field.type(), context -> field.valueOf(context.deal()));
        }
        ClientFacts.into(builder, DealContext::client, "client.");
        return builder.build();
    }

    /** Whether a contact of the deal plays the role (for Java rules). */
    public static boolean involves(Deal deal, DealContactRole role) {
        return deal.contacts().stream().map(DealContact::role).anyMatch(role::equals);
    }
}
