package org.crmkit.rules.facts;

import java.util.function.Function;
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
    public static final FactSchema<Deal> SCHEMA = deal(FactSchema.builder("deal", Deal.class), Function.identity())
            .build();

    /** The deal's facts plus its client's, under {@code client.}. */
    public static final FactSchema<DealContext> IN_CONTEXT = inContext();

    private DealFacts() {
    }

    /** Core's money as the rule language sees it. */
    public static MoneyValue money(Money money) {
        return money == null ? null : MoneyValue.of(money.amount(), money.currency().getCurrencyCode());
    }

    private static <T> FactSchema.Builder<T> deal(FactSchema.Builder<T> b, Function<T, Deal> deal) {
        return b.money("amount", fact -> deal.apply(fact).amount().map(DealFacts::money).orElse(null))
                .string("currency", fact -> deal.apply(fact).amount().map(m -> m.currency().getCurrencyCode()).orElse(null))
                .string("title", fact -> deal.apply(fact).title())
                .string("stage", fact -> deal.apply(fact).stage().value())
                .string("pipeline", fact -> deal.apply(fact).pipeline().value())
                .enumeration("status", DealStatus.class, fact -> deal.apply(fact).status())
                .number("probability", fact -> deal.apply(fact).probability().percent())
                .date("expectedClose", fact -> deal.apply(fact).expectedCloseOn().orElse(null))
                .string("contractReference", fact -> deal.apply(fact).contractReference().orElse(null))
                // core's read-only view of the roles, no copy: the engine compares enum constants by name, a trace copies
                .list("contacts.roles", FactType.enumOf(DealContactRole.class), fact -> deal.apply(fact).contactRoles())
                .number("contacts.count", fact -> deal.apply(fact).contactCount())
                .string("client", fact -> deal.apply(fact).client().value().toString())
                .string("owner", fact -> deal.apply(fact).owner().value().toString())
                .string("department", fact -> deal.apply(fact).department().value().toString())
                .instant("openedAt", fact -> deal.apply(fact).openedAt())
                .instant("closedAt", fact -> deal.apply(fact).closedAt().orElse(null))
                .string("lostReason", fact -> deal.apply(fact).lostReason().orElse(null));
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
