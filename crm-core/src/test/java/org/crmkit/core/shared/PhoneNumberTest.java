package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 912 345-67-89", "8 (912) 345 67 89", "89123456789", "+79123456789", "8-912-345-67-89"})
    void russian_spellings_of_one_mobile_number_normalise_to_one_e164(String raw) {
        assertThat(PhoneNumber.of(raw).e164()).isEqualTo("+79123456789");
    }

    @Test
    void the_default_region_is_russia() {
        assertThat(PhoneNumberParser.DEFAULT.region()).isEqualTo("RU");
        assertThat(PhoneNumber.of("(495) 123-45-67")).isEqualTo(new PhoneNumber("+74951234567"));
    }

    @Test
    void a_parser_for_another_region_reads_national_numbers_of_that_region() {
        PhoneNumberParser germany = PhoneNumberParser.forRegion("de");

        assertThat(germany.parse("030 1234567").e164()).isEqualTo("+49301234567");
        assertThat(PhoneNumber.of("030 1234567", "DE").e164()).isEqualTo("+49301234567");
        assertThat(germany.parse("+7 912 345-67-89").e164()).isEqualTo("+79123456789");
    }

    @Test
    void helpers_format_the_number_for_people() {
        PhoneNumber phone = PhoneNumber.of("89123456789");

        assertThat(phone.regionCode()).isEqualTo("RU");
        assertThat(phone.national()).isEqualTo("8 (912) 345-67-89");
        assertThat(phone.international()).isEqualTo("+7 912 345-67-89");
        assertThat(phone).hasToString("+79123456789");
    }

    @Test
    void a_kazakh_number_shares_country_code_7_but_keeps_its_region() {
        assertThat(PhoneNumber.of("+7 701 123 45 67").regionCode()).isEqualTo("KZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "8 (000) 000-00-00", "+7 912 345 67", "+7 912 345 67 890 12", "not a phone", "+999 1234567"})
    void invalid_numbers_are_rejected_quoting_them(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("phone.invalid");
                    assertThat(e.getMessage()).contains(raw);
                    assertThat(e.messageRu()).contains(raw);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_blank_number_is_rejected(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void null_is_rejected() {
        assertThatThrownBy(() -> PhoneNumber.of(null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"89123456789", "+7 912 345-67-89", "+7912345678", "+79123456789 "})
    void the_constructor_takes_only_the_canonical_e164_form(String raw) {
        assertThatThrownBy(() -> new PhoneNumber(raw)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Russia", ""})
    void an_unknown_region_is_rejected(String region) {
        assertThatThrownBy(() -> PhoneNumberParser.forRegion(region))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo("phone.region");
        assertThatThrownBy(() -> PhoneNumberParser.forRegion(null)).isInstanceOf(InvalidValue.class);
    }
}
