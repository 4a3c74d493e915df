package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

    @Test
    void a_full_address_reads_on_one_line_from_street_to_country() {
        Address address = Address.of("ru", "Москва", " Москва ", "ул. Тверская", "7", "125009");

        assertThat(address.country()).isEqualTo("RU");
        assertThat(address.city()).isEqualTo("Москва");
        assertThat(address.oneLine()).isEqualTo("ул. Тверская 7, Москва, Москва, 125009, RU");
    }

    @Test
    void only_country_and_city_are_required() {
        Address address = Address.of("KZ", "Алматы");

        assertThat(address.region()).isNull();
        assertThat(address.oneLine()).isEqualTo("Алматы, KZ");
    }

    @Test
    void blank_optional_parts_are_absent() {
        assertThat(Address.of("RU", " ", "Казань", "", null, "  ")).isEqualTo(Address.of("RU", "Казань"));
        assertThat(Address.of("RU", null, "Казань", null, "12", null).oneLine()).isEqualTo("12, Казань, RU");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"RUS", "XX", "Russia", "SU"})
    void a_country_must_be_an_iso_3166_alpha_2_code(String country) {
        assertThatThrownBy(() -> Address.of(country, "Москва"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("address.country");
                    assertThat(e.getMessage()).contains("'" + country + "'");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void a_city_is_required(String city) {
        assertThatThrownBy(() -> Address.of("RU", city))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo("address.city-missing");
    }
}
