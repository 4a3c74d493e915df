package org.crmkit.core.shared;

import java.util.regex.Pattern;

/**
 * The check-digit rules of Russian tax ids (INN, OGRN, OGRNIP) and the format of KPP, as pure functions, so that
 * validation and test-data generators share one definition.
 *
 * <p>Every rule folds a residue into one digit ({@code mod 11 mod 10}, or {@code mod 13 mod 10} for OGRNIP), so a
 * few single-digit typos still pass when the residue moves between 10 and 0 (or 11↔1, 12↔2). That is a property
 * of the state's algorithms, not of this code.
 */
public final class TaxIdChecksums {

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern KPP = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

    private TaxIdChecksums() {
    }

    /** A 10-digit (organisation) or 12-digit (person) INN whose control digits match. */
    public static boolean validInn(String inn) {
        if (inn == null || !digits(inn)) return false;
        if (inn.length() == 10) return inn.equals(completeInn10(inn.substring(0, 9)));
        if (inn.length() == 12) return inn.equals(completeInn12(inn.substring(0, 10)));
        return false;
    }

    /** 13 digits, first 1 or 5, control digit matching. */
    public static boolean validOgrn(String ogrn) {
        return ogrn != null && ogrn.length() == 13 && digits(ogrn)
                && (ogrn.charAt(0) == '1' || ogrn.charAt(0) == '5')
                && ogrn.equals(completeOgrn(ogrn.substring(0, 12)));
    }

    /** 15 digits, first 3, control digit matching. */
    public static boolean validOgrnip(String ogrnip) {
        return ogrnip != null && ogrnip.length() == 15 && digits(ogrnip)
                && ogrnip.charAt(0) == '3'
                && ogrnip.equals(completeOgrnip(ogrnip.substring(0, 14)));
    }

    /** KPP has no checksum: 4 digits (tax office), 2 digits or capital letters (reason), 3 digits (number). */
    public static boolean validKpp(String kpp) {
        return kpp != null && KPP.matcher(kpp).matches();
    }

    public static char innControlDigit10(String nineDigits) {
        return weighted(requireDigits(nineDigits, 9), INN10);
    }

    /** The 11th digit of a 12-digit INN. */
    public static char innControlDigit11(String tenDigits) {
        return weighted(requireDigits(tenDigits, 10), INN12_FIRST);
    }

    /** The 12th digit of a 12-digit INN. */
    public static char innControlDigit12(String elevenDigits) {
        return weighted(requireDigits(elevenDigits, 11), INN12_SECOND);
    }

    public static char ogrnControlDigit(String twelveDigits) {
        return (char) ('0' + Long.parseLong(requireDigits(twelveDigits, 12)) % 11 % 10);
    }

    public static char ogrnipControlDigit(String fourteenDigits) {
        return (char) ('0' + Long.parseLong(requireDigits(fourteenDigits, 14)) % 13 % 10);
    }

    public static String completeInn10(String nineDigits) {
        return nineDigits + innControlDigit10(nineDigits);
    }

    public static String completeInn12(String tenDigits) {
        String eleven = tenDigits + innControlDigit11(tenDigits);
        return eleven + innControlDigit12(eleven);
    }

    public static String completeOgrn(String twelveDigits) {
        return twelveDigits + ogrnControlDigit(twelveDigits);
    }

    public static String completeOgrnip(String fourteenDigits) {
        return fourteenDigits + ogrnipControlDigit(fourteenDigits);
    }

    static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static char weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return (char) ('0' + sum % 11 % 10);
    }

    private static String requireDigits(String s, int length) {
        if (s == null || s.length() != length || !digits(s)) {
            throw new IllegalArgumentException("expected exactly " + length + " digits, got '" + s + "'");
        }
        return s;
    }
}
