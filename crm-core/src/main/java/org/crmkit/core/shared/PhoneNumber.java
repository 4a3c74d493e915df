package org.crmkit.core.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A valid phone number in E.164 form ("+79123456789"), so two spellings of one number are one value.
 *
 * <p>The constructor accepts only the canonical form; use {@link #of(String)} or a {@link PhoneNumberParser}
 * for what people type.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null) throw InvalidValue.missing("phone.invalid", "Phone number", "номер телефона");
        Phonenumber.PhoneNumber parsed = parseCanonical(e164);
        if (!PhoneNumberParser.UTIL.isValidNumber(parsed)
                || !PhoneNumberParser.UTIL.format(parsed, PhoneNumberFormat.E164).equals(e164)) {
            throw PhoneNumberParser.invalid(e164, "is not a valid number in E.164 form (+79123456789)",
                    "не является действительным номером в формате E.164 (+79123456789)");
        }
    }

    /** Reads the number as typed in Russia; see {@link PhoneNumberParser#DEFAULT}. */
    public static PhoneNumber of(String raw) {
        return PhoneNumberParser.DEFAULT.parse(raw);
    }

    public static PhoneNumber of(String raw, String region) {
        return PhoneNumberParser.forRegion(region).parse(raw);
    }

    /** The ISO 3166 region the number belongs to, e.g. "RU" (or "KZ" for a +7 7xx number). */
    public String regionCode() {
        return PhoneNumberParser.UTIL.getRegionCodeForNumber(parseCanonical(e164));
    }

    /** As dialled inside its country, e.g. "8 (912) 345-67-89". */
    public String national() {
        return PhoneNumberParser.UTIL.format(parseCanonical(e164), PhoneNumberFormat.NATIONAL);
    }

    /** For display abroad, e.g. "+7 912 345-67-89". */
    public String international() {
        return PhoneNumberParser.UTIL.format(parseCanonical(e164), PhoneNumberFormat.INTERNATIONAL);
    }

    @Override
    public String toString() {
        return e164;
    }

    private static Phonenumber.PhoneNumber parseCanonical(String e164) {
        try {
            return PhoneNumberParser.UTIL.parse(e164, "ZZ"); // "ZZ": unknown region, so a leading '+' is required
        } catch (NumberParseException e) {
            throw PhoneNumberParser.invalid(e164, "is not in E.164 form (+79123456789)",
                    "не в формате E.164 (+79123456789)");
        }
    }
}
