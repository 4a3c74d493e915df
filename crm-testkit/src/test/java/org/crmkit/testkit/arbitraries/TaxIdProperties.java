package org.crmkit.testkit.arbitraries;

import org.crmkit.core.shared.InvalidValue;
import org.crmkit.core.shared.TaxId;
import org.crmkit.core.shared.TaxIdChecksums;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Checksum properties over generated ids. The rules fold a residue into one digit (10→0 for mod 11; 10→0, 11→1,
 * 12→2 for mod 13), so the claim "every single-digit typo is caught" holds exactly when the control digit is
 * outside the fold; inside it, only typos in the body can slip through. Both halves are checked here.
 */
class TaxIdProperties {

    @Property(tries = 200)
    void generated_ids_are_accepted(@ForAll("inn10") String inn10, @ForAll("inn12") String inn12,
                                    @ForAll("ogrn") String ogrn, @ForAll("ogrnip") String ogrnip) {
        assertThat(TaxId.inn(inn10).kind()).isEqualTo(TaxId.Kind.INN_LEGAL);
        assertThat(TaxId.inn(inn12).kind()).isEqualTo(TaxId.Kind.INN_PERSON);
        assertThat(TaxId.ogrn(ogrn).value()).isEqualTo(ogrn);
        assertThat(TaxId.ogrnip(ogrnip).value()).isEqualTo(ogrnip);
        assertThat(TaxIdChecksums.validInn(inn10)).isTrue();
        assertThat(TaxIdChecksums.validInn(inn12)).isTrue();
        assertThat(TaxIdChecksums.validOgrn(ogrn)).isTrue();
        assertThat(TaxIdChecksums.validOgrnip(ogrnip)).isTrue();
    }

    @Property(tries = 200)
    void every_typo_in_an_inn10_is_rejected_unless_its_control_digit_is_0(@ForAll("inn10") String inn) {
        List<String> slipped = acceptedTypos(inn, TaxId::inn);
        if (inn.charAt(9) != '0') {
            assertThat(slipped).isEmpty();
        } else {
            assertThat(slipped).allSatisfy(typo -> assertThat(typo.charAt(9)).isEqualTo('0'));
        }
    }

    @Property(tries = 200)
    void every_typo_in_an_inn12_is_rejected_unless_both_control_digits_are_0(@ForAll("inn12") String inn) {
        List<String> slipped = acceptedTypos(inn, TaxId::inn);
        if (!inn.endsWith("00")) {
            assertThat(slipped).isEmpty();
        } else {
            assertThat(slipped).allSatisfy(typo -> assertThat(typo).endsWith("00"));
        }
    }

    @Property(tries = 200)
    void every_typo_in_an_ogrn_is_rejected_unless_its_control_digit_is_0(@ForAll("ogrn") String ogrn) {
        List<String> slipped = acceptedTypos(ogrn, TaxId::ogrn);
        if (ogrn.charAt(12) != '0') {
            assertThat(slipped).isEmpty();
        } else {
            assertThat(slipped).allSatisfy(typo -> assertThat(typo.charAt(12)).isEqualTo('0'));
        }
    }

    @Property(tries = 200)
    void every_typo_in_an_ogrnip_is_rejected_unless_its_control_digit_is_0_1_or_2(@ForAll("ogrnip") String ogrnip) {
        char control = ogrnip.charAt(14);
        List<String> slipped = acceptedTypos(ogrnip, TaxId::ogrnip);
        if (control > '2') {
            assertThat(slipped).isEmpty();
        } else {
            assertThat(slipped).allSatisfy(typo -> assertThat(typo.charAt(14)).isEqualTo(control));
        }
    }

    @Property(tries = 200)
    void the_checksum_functions_agree_with_the_factories(@ForAll("inn10") String inn10, @ForAll("ogrnip") String ogrnip) {
        for (String typo : typos(inn10)) {
            assertThat(TaxIdChecksums.validInn(typo)).isEqualTo(accepts(TaxId::inn, typo));
        }
        for (String typo : typos(ogrnip)) {
            assertThat(TaxIdChecksums.validOgrnip(typo)).isEqualTo(accepts(TaxId::ogrnip, typo));
        }
    }

    @Provide
    Arbitrary<String> inn10() {
        return ValueArbitraries.inn10();
    }

    @Provide
    Arbitrary<String> inn12() {
        return ValueArbitraries.inn12();
    }

    @Provide
    Arbitrary<String> ogrn() {
        return ValueArbitraries.ogrn();
    }

    @Provide
    Arbitrary<String> ogrnip() {
        return ValueArbitraries.ogrnip();
    }

    /** Every id that differs from the given one in exactly one digit: all positions, all nine other digits. */
    private static List<String> typos(String id) {
        List<String> typos = new ArrayList<>();
        for (int position = 0; position < id.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != id.charAt(position)) {
                    typos.add(id.substring(0, position) + digit + id.substring(position + 1));
                }
            }
        }
        return typos;
    }

    private static List<String> acceptedTypos(String id, Function<String, TaxId> factory) {
        Predicate<String> accepted = typo -> accepts(factory, typo);
        return typos(id).stream().filter(accepted).toList();
    }

    private static boolean accepts(Function<String, TaxId> factory, String candidate) {
        try {
            factory.apply(candidate);
            return true;
        } catch (InvalidValue rejected) {
            return false;
        }
    }
}
