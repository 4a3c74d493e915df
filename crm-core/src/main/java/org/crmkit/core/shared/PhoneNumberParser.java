package org.crmkit.core.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;

/**
 * Turns what people type ("8 (912) 345-67-89") into a valid {@link PhoneNumber}, reading numbers without a
 * country code as numbers of its region; an application configures the region instead of relying on a global.
 */
public final class PhoneNumberParser {

    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Russia, the market CRMKit is built for first. Declared after UTIL, which it needs at class initialisation. */
    public static final PhoneNumberParser DEFAULT = forRegion("RU");

    private final String region;

    private PhoneNumberParser(String region) {
        this.region = region;
    }

    /** A parser for an ISO 3166 alpha-2 region that libphonenumber knows, e.g. "RU", "KZ", "BY". */
    public static PhoneNumberParser forRegion(String isoRegion) {
        String region = isoRegion == null ? null : isoRegion.trim().toUpperCase(Locale.ROOT);
        if (region == null || !UTIL.getSupportedRegions().contains(region)) {
            throw new InvalidValue("phone.region",
                    "Unknown phone region: '" + isoRegion + "'",
                    "Неизвестный регион телефонного номера: «" + isoRegion + "»");
        }
        return new PhoneNumberParser(region);
    }

    public String region() {
        return region;
    }

    public PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) throw InvalidValue.missing("phone.invalid", "Phone number", "номер телефона");
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            throw invalid(raw, "cannot be read as a phone number", "не распознан как номер телефона");
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw invalid(raw, "is not a valid number for any known numbering plan",
                    "не является действительным номером ни одного плана нумерации");
        }
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    @Override
    public String toString() {
        return "PhoneNumberParser[" + region + "]";
    }

    static InvalidValue invalid(String raw, String whyEn, String whyRu) {
        return new InvalidValue("phone.invalid",
                "Phone number '" + raw + "' " + whyEn,
                "Номер телефона «" + raw + "» " + whyRu);
    }
}
