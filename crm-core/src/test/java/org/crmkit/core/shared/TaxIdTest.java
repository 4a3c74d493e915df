package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmkit.core.shared.TaxId.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxIdTest {

    @Test
    void sberbanks_inn_is_a_valid_organisation_inn() {
        TaxId inn = TaxId.inn("7707083893");

        assertThat(inn.kind()).isEqualTo(Kind.INN_LEGAL);
        assertThat(inn.value()).isEqualTo("7707083893");
        assertThat(TaxIdChecksums.validInn("7707083893")).isTrue();
    }

    @Test
    void a_twelve_digit_inn_is_a_personal_inn() {
        TaxId inn = TaxId.inn("500100732259");

        assertThat(inn.kind()).isEqualTo(Kind.INN_PERSON);
        assertThat(TaxIdChecksums.validInn("500100732259")).isTrue();
    }

    @Test
    void real_ogrn_ogrnip_and_kpp_are_accepted() {
        assertThat(TaxId.ogrn("1027700132195").kind()).isEqualTo(Kind.OGRN);
        assertThat(TaxId.ogrnip("304500116000157").kind()).isEqualTo(Kind.OGRNIP);
        assertThat(TaxId.kpp("773601001").kind()).isEqualTo(Kind.KPP);
        assertThat(TaxIdChecksums.validOgrn("1027700132195")).isTrue();
        assertThat(TaxIdChecksums.validOgrnip("304500116000157")).isTrue();
        assertThat(TaxIdChecksums.validKpp("773601001")).isTrue();
    }

    @Test
    void surrounding_spaces_are_trimmed() {
        assertThat(TaxId.inn(" 7707083893 ").value()).isEqualTo("7707083893");
    }

    @Test
    void of_builds_any_kind_and_equal_ids_are_equal() {
        assertThat(TaxId.of(Kind.INN_LEGAL, "7707083893")).isEqualTo(TaxId.inn("7707083893"));
        assertThat(TaxId.of(Kind.OGRN, "1027700132195")).hasToString("OGRN 1027700132195");
    }

    @Test
    void a_kpp_may_carry_capital_letters_in_its_reason_code() {
        assertThat(TaxId.kpp("7736AB001").value()).isEqualTo("7736AB001");
        assertThat(TaxId.kpp("7736ab001").value()).isEqualTo("7736AB001");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "7707083894, tax-id.checksum",
            "500100732258, tax-id.checksum",
            "500100732269, tax-id.checksum",
            "770708389, tax-id.length",
            "77070838931, tax-id.length",
            "77070838A3, tax-id.format",
    })
    void a_wrong_inn_is_rejected_naming_the_rule_it_broke(String inn, String code) {
        assertThatThrownBy(() -> TaxId.inn(inn))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining(inn)
                .extracting("code").isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1027700132196, tax-id.checksum",
            "2027700132195, tax-id.first-digit",
            "102770013219, tax-id.length",
            "10277001321x5, tax-id.format",
    })
    void a_wrong_ogrn_is_rejected_naming_the_rule_it_broke(String ogrn, String code) {
        assertThatThrownBy(() -> TaxId.ogrn(ogrn))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "304500116000158, tax-id.checksum",
            "404500116000157, tax-id.first-digit",
            "30450011600015, tax-id.length",
    })
    void a_wrong_ogrnip_is_rejected_naming_the_rule_it_broke(String ogrnip, String code) {
        assertThatThrownBy(() -> TaxId.ogrnip(ogrnip))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"77360100, tax-id.length", "7736-1001, tax-id.format", "77A601001, tax-id.format"})
    void a_malformed_kpp_is_rejected(String kpp, String code) {
        assertThatThrownBy(() -> TaxId.kpp(kpp))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo(code);
    }

    @Test
    void the_message_names_the_id_in_english_and_russian() {
        assertThatThrownBy(() -> TaxId.ogrn("2027700132195"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("OGRN '2027700132195' must start with 1 or 5");
                    assertThat(e.messageRu()).isEqualTo("ОГРН «2027700132195» должен начинаться с 1 или 5");
                });
    }

    @Test
    void a_missing_value_or_kind_is_rejected() {
        assertThatThrownBy(() -> TaxId.inn(null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TaxId.of(null, "7707083893")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TaxId.kpp("   ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_checksum_functions_reject_null_and_wrong_lengths_instead_of_throwing() {
        assertThat(TaxIdChecksums.validInn(null)).isFalse();
        assertThat(TaxIdChecksums.validInn("77070838")).isFalse();
        assertThat(TaxIdChecksums.validOgrn("")).isFalse();
        assertThat(TaxIdChecksums.validOgrnip("3045001160001570")).isFalse();
        assertThat(TaxIdChecksums.validKpp(null)).isFalse();
    }

    @Test
    void the_completers_rebuild_real_ids_from_their_bodies() {
        assertThat(TaxIdChecksums.completeInn10("770708389")).isEqualTo("7707083893");
        assertThat(TaxIdChecksums.completeInn12("5001007322")).isEqualTo("500100732259");
        assertThat(TaxIdChecksums.completeOgrn("102770013219")).isEqualTo("1027700132195");
        assertThat(TaxIdChecksums.completeOgrnip("30450011600015")).isEqualTo("304500116000157");
    }

    /**
     * Documents a limit of the state's algorithm rather than of the code: the residue 10 folds onto the digit 0,
     * so when the control digit is 0 some single-digit typos produce another valid INN.
     */
    @Test
    void a_typo_can_slip_through_when_the_control_digit_is_zero() {
        assertThat(TaxIdChecksums.validInn("7707083050")).isTrue();
        assertThat(TaxIdChecksums.validInn("1707083050")).isTrue();
    }
}
