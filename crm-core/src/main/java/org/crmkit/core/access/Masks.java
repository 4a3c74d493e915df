package org.crmkit.core.access;

import java.math.BigDecimal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Masking for {@link Visibility#MASKED} fields: enough to recognise a value ("is this the number I called?"),
 * never enough to use it. Every mask is total: malformed or short input gives {@code "***"}, never the input.
 */
public final class Masks {
    private static final String STARS = "***";

    private Masks() {
    }

    /** {@code +79161234567} → {@code +7 *** ***-45-67}: the country code and the last four digits. */
    public static String phone(String phone) {
        if (phone == null) {
            return STARS;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 7) {
            return STARS;
        }
        String tail = digits.substring(digits.length() - 4);
        String country = phone.strip().startsWith("+") ? countryCode(digits) : "";
        return (country.isEmpty() ? "" : "+" + country + " ") + "*** ***-" + tail.substring(0, 2) + "-"
                + tail.substring(2);
    }

    /** {@code ivan@example.com} → {@code i***@example.com}; a one-letter name shows no letter. */
    public static String email(String email) {
        if (email == null) {
            return STARS;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return STARS;
        }
        String domain = email.substring(at + 1);
        return (at == 1 ? "" : email.substring(0, email.offsetByCodePoints(0, 1))) + STARS + "@" + domain;
    }

    /** {@code Ivanov} → {@code I***}: the first letter only; one letter or blank gives {@code ***}. */
    public static String text(String text) {
        if (text == null) {
            return STARS;
        }
        String s = text.strip();
        if (s.codePointCount(0, s.length()) <= 1) {
            return STARS;
        }
        return s.substring(0, s.offsetByCodePoints(0, 1)) + STARS;
    }

    /** An amount becomes {@code *** RUB}: the currency stays, the figure goes. */
    public static String money(BigDecimal amount, String currency) {
        return currency == null || currency.isBlank() ? STARS : STARS + " " + currency.strip();
    }

    private static String countryCode(String digits) {
        try {
            return Integer.toString(PhoneNumberUtil.getInstance().parse("+" + digits, "ZZ").getCountryCode());
        } catch (NumberParseException e) {
            return "";
        }
    }
}
