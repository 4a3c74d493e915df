package org.crmkit.core.application.internal;

import java.util.function.UnaryOperator;

import org.crmkit.core.access.FieldPolicy;
import org.crmkit.core.access.FieldTag;
import org.crmkit.core.access.Masks;
import org.crmkit.core.shared.Money;

/**
 * Applies a reader's field policy to the values of a view: visible as is, masked, or hidden (null). Every view
 * is built through one of these, which is how masking reaches every read path.
 */
public final class Redaction {
    private final FieldPolicy fields;

    public Redaction(FieldPolicy fields) {
        this.fields = fields;
    }

    public String personal(String value, UnaryOperator<String> mask) {
        return apply(FieldTag.PERSONAL_DATA, value, mask);
    }

    public String phone(String e164) {
        return personal(e164, Masks::phone);
    }

    public String email(String email) {
        return personal(email, Masks::email);
    }

    /**
     * A person's name: masked to the first name and the initial of the rest ("Ivan P."), which lets a reader
     * work with the record without learning who the person is in full.
     */
    public String personName(String fullName) {
        return personal(fullName, Redaction::initials);
    }

    private static String initials(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        StringBuilder shown = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            shown.append(' ').append(parts[i], 0, parts[i].offsetByCodePoints(0, 1)).append('.');
        }
        return parts.length == 1 ? Masks.text(fullName) : shown.toString();
    }

    public String personalText(String text) {
        return personal(text, Masks::text);
    }

    /** A money amount as the reader may see it: the full amount, {@code *** RUB}, or null. */
    public String money(Money money) {
        if (money == null) {
            return null;
        }
        return apply(FieldTag.FINANCIAL, money.toString(),
                ignored -> Masks.money(money.amount(), money.currency().getCurrencyCode()));
    }

    /** The amount itself only when financial data is visible to the reader. */
    public Money moneyValue(Money money) {
        return visible(FieldTag.FINANCIAL) ? money : null;
    }

    public boolean visible(FieldTag tag) {
        return fields.visibility(tag) == org.crmkit.core.access.Visibility.VISIBLE;
    }

    public String apply(FieldTag tag, String value, UnaryOperator<String> mask) {
        if (value == null) {
            return null;
        }
        return switch (fields.visibility(tag)) {
            case VISIBLE -> value;
            case MASKED -> mask.apply(value);
            case HIDDEN -> null;
        };
    }
}
