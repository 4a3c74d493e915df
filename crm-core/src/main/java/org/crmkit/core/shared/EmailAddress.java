package org.crmkit.core.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in a sensible subset of RFC 5321 syntax, trimmed and with its domain lower-cased.
 *
 * <p>The local part keeps its case because mail servers may treat it as case-sensitive; the domain never is.
 * Quoted local parts and IP-literal domains are refused on purpose: no client of a CRM types them, and a
 * typo is far likelier than a legitimate use.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");

    public EmailAddress {
        if (value == null) throw InvalidValue.missing("email.invalid", "E-mail address", "адрес электронной почты");
        String raw = value;
        value = value.trim();
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            throw invalid(raw, "must contain exactly one '@'", "должен содержать ровно один символ «@»");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        value = local + "@" + domain;
        if (value.length() > MAX_LENGTH) {
            throw invalid(raw, "is longer than " + MAX_LENGTH + " characters", "длиннее " + MAX_LENGTH + " символов");
        }
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
            throw invalid(raw, "has an empty, too long (over 64) or malformed part before '@'",
                    "содержит пустую, слишком длинную (более 64) или некорректную часть до «@»");
        }
        checkDomain(raw, domain);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void checkDomain(String raw, String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw invalid(raw, "has a domain without a dot", "содержит домен без точки");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(raw, "has a malformed domain label '" + label + "' (letters, digits, inner hyphens)",
                        "содержит некорректную часть домена «" + label + "» (буквы, цифры, дефис внутри)");
            }
        }
        if (!HAS_LETTER.matcher(labels[labels.length - 1]).matches()) {
            throw invalid(raw, "has a numeric top-level domain", "содержит числовой домен верхнего уровня");
        }
    }

    private static InvalidValue invalid(String raw, String whyEn, String whyRu) {
        return new InvalidValue("email.invalid",
                "E-mail address '" + raw + "' " + whyEn,
                "Адрес электронной почты «" + raw + "» " + whyRu);
    }
}
