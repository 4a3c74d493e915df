package org.crmkit.core.shared;

import java.util.Locale;

/**
 * A Russian tax or registration id whose format and check digits have been verified for its {@link Kind}.
 *
 * <p>Passing the checksum proves the id is well-formed, not that it was ever issued: that needs the tax service.
 */
public record TaxId(Kind kind, String value) {

    /** What the id identifies; each kind has a fixed length. */
    public enum Kind {
        /** ИНН of an organisation. */
        INN_LEGAL(10, "INN", "ИНН"),
        /** ИНН of a person or sole proprietor. */
        INN_PERSON(12, "INN", "ИНН"),
        /** КПП: the reason for registration of an organisation at a tax office. */
        KPP(9, "KPP", "КПП"),
        /** ОГРН: state registration number of an organisation. */
        OGRN(13, "OGRN", "ОГРН"),
        /** ОГРНИП: state registration number of a sole proprietor. */
        OGRNIP(15, "OGRNIP", "ОГРНИП");

        private final int length;
        private final String nameEn;
        private final String nameRu;

        Kind(int length, String nameEn, String nameRu) {
            this.length = length;
            this.nameEn = nameEn;
            this.nameRu = nameRu;
        }

        public int length() {
            return length;
        }
    }

    public TaxId {
        if (kind == null) throw InvalidValue.missing("tax-id.kind", "Tax id kind", "вид идентификатора");
        if (value == null) throw InvalidValue.missing("tax-id.missing", kind.nameEn, kind.nameRu);
        String raw = value;
        value = kind == Kind.KPP ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
        if (value.length() != kind.length) {
            throw invalid("tax-id.length", kind, raw, "must have " + kind.length + " characters",
                    "должен содержать " + kind.length + " символов");
        }
        check(kind, raw, value);
    }

    /** Either INN: 10 digits for an organisation, 12 for a person. */
    public static TaxId inn(String value) {
        String trimmed = value == null ? null : value.trim();
        Kind kind = trimmed != null && trimmed.length() == 12 ? Kind.INN_PERSON : Kind.INN_LEGAL;
        if (trimmed != null && trimmed.length() != 10 && trimmed.length() != 12) {
            throw invalid("tax-id.length", kind, value, "must have 10 (organisation) or 12 (person) digits",
                    "должен содержать 10 (организация) или 12 (физическое лицо) цифр");
        }
        return new TaxId(kind, value);
    }

    public static TaxId kpp(String value) {
        return new TaxId(Kind.KPP, value);
    }

    public static TaxId ogrn(String value) {
        return new TaxId(Kind.OGRN, value);
    }

    public static TaxId ogrnip(String value) {
        return new TaxId(Kind.OGRNIP, value);
    }

    public static TaxId of(Kind kind, String value) {
        return new TaxId(kind, value);
    }

    @Override
    public String toString() {
        return kind.nameEn + " " + value;
    }

    private static void check(Kind kind, String raw, String value) {
        if (kind == Kind.KPP) {
            if (!TaxIdChecksums.validKpp(value)) {
                throw invalid("tax-id.format", kind, raw, "must be 4 digits, 2 digits or capital letters, 3 digits",
                        "должен состоять из 4 цифр, 2 цифр или заглавных букв и 3 цифр");
            }
            return;
        }
        if (!TaxIdChecksums.digits(value)) {
            throw invalid("tax-id.format", kind, raw, "must contain digits only", "должен содержать только цифры");
        }
        checkFirstDigit(kind, raw, value.charAt(0));
        if (!checksumHolds(kind, value)) {
            throw invalid("tax-id.checksum", kind, raw, "has a wrong control digit", "содержит неверное контрольное число");
        }
    }

    private static void checkFirstDigit(Kind kind, String raw, char first) {
        if (kind == Kind.OGRN && first != '1' && first != '5') {
            throw invalid("tax-id.first-digit", kind, raw, "must start with 1 or 5", "должен начинаться с 1 или 5");
        }
        if (kind == Kind.OGRNIP && first != '3') {
            throw invalid("tax-id.first-digit", kind, raw, "must start with 3", "должен начинаться с 3");
        }
    }

    private static boolean checksumHolds(Kind kind, String value) {
        return switch (kind) {
            case INN_LEGAL, INN_PERSON -> TaxIdChecksums.validInn(value);
            case OGRN -> TaxIdChecksums.validOgrn(value);
            case OGRNIP -> TaxIdChecksums.validOgrnip(value);
            case KPP -> true; // KPP has no checksum
        };
    }

    private static InvalidValue invalid(String code, Kind kind, String raw, String whyEn, String whyRu) {
        return new InvalidValue(code,
                kind.nameEn + " '" + raw + "' " + whyEn,
                kind.nameRu + " «" + raw + "» " + whyRu);
    }
}
