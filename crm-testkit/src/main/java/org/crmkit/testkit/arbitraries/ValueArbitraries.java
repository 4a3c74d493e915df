package org.crmkit.testkit.arbitraries;

import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.TaxIdChecksums;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the shared value objects: checksum-valid Russian tax ids (INN 10/12, OGRN, OGRNIP, KPP),
 * money, e-mail addresses, and Russian phone numbers as people type them. Every value generated here is accepted
 * by the corresponding CRMKit factory ({@code TaxId.inn}, {@code PhoneNumber.of}, ...); the test kit's own
 * properties check that promise.
 */
public final class ValueArbitraries {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private ValueArbitraries() {
    }

    /** Organisation INNs (10 digits) with a correct control digit. */
    public static Arbitrary<String> inn10() {
        return digits(9).map(TaxIdChecksums::completeInn10);
    }

    /** Personal INNs (12 digits) with both control digits correct. */
    public static Arbitrary<String> inn12() {
        return digits(10).map(TaxIdChecksums::completeInn12);
    }

    /** OGRNs: 13 digits starting with 1 or 5, control digit correct. */
    public static Arbitrary<String> ogrn() {
        return Arbitraries.of("1", "5").flatMap(first -> digits(11).map(rest -> TaxIdChecksums.completeOgrn(first + rest)));
    }

    /** OGRNIPs: 15 digits starting with 3, control digit correct. */
    public static Arbitrary<String> ogrnip() {
        return digits(13).map(rest -> TaxIdChecksums.completeOgrnip("3" + rest));
    }

    /** KPPs: four digits of the tax office, two of the reason (digits or capital letters), three digits. */
    public static Arbitrary<String> kpp() {
        Arbitrary<String> reason = Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofLength(2);
        return Combinators.combine(digits(4), reason, digits(3)).as((a, b, c) -> a + b + c);
    }

    /** Plain e-mail addresses of the shape people give ({@code ivan.petrov7@romashka.ru}). */
    public static Arbitrary<String> email() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> domain = Arbitraries.of("romashka.ru", "example.com", "mail.ru", "yandex.ru", "corp.example");
        return Combinators.combine(word, Arbitraries.of("", ".", "_"), word, domain)
                .as((a, sep, b, d) -> a + sep + b + "@" + d);
    }

    /** Amounts of up to a trillion either way, at the currency's own scale, so sums are exact. */
    public static Arbitrary<Money> money(String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return Arbitraries.bigDecimals()
                .between(MAX_AMOUNT.negate(), MAX_AMOUNT)
                .ofScale(Math.max(currency.getDefaultFractionDigits(), 0))
                .map(amount -> Money.of(amount, currency));
    }

    /** Russian mobile numbers typed the ways people type them ("+7 912 345-67-89", "8 (912) 345 67 89", ...). */
    public static Arbitrary<String> russianMobile() {
        return russianMobileDigits().flatMap(digits -> Arbitraries.of(russianMobileFormats(digits)));
    }

    /** The ten national digits of a Russian mobile number, e.g. "9123456789". */
    public static Arbitrary<String> russianMobileDigits() {
        return digits(9).map(rest -> "9" + rest);
    }

    /** One mobile number, given as its ten national digits, spelled in every format {@link #russianMobile()} uses. */
    public static List<String> russianMobileFormats(String tenDigits) {
        String code = tenDigits.substring(0, 3);
        String a = tenDigits.substring(3, 6);
        String b = tenDigits.substring(6, 8);
        String c = tenDigits.substring(8, 10);
        return List.of(
                "+7 " + code + " " + a + "-" + b + "-" + c,
                "8 (" + code + ") " + a + " " + b + " " + c,
                "8" + tenDigits,
                "+7" + tenDigits,
                "+7 (" + code + ") " + a + "-" + b + c);
    }

    private static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().numeric().ofLength(length);
    }
}
