package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MasksTest {
    @Test
    void a_phone_keeps_the_country_code_and_the_last_four_digits() {
        assertThat(Masks.phone("+79161234567")).isEqualTo("+7 *** ***-45-67");
        assertThat(Masks.phone("+44 20 7946 0958")).isEqualTo("+44 *** ***-09-58");
        assertThat(Masks.phone("8 (916) 123-45-67")).isEqualTo("*** ***-45-67");
    }

    @Test
    void a_short_or_missing_phone_gives_nothing_away() {
        assertThat(Masks.phone("12345")).isEqualTo("***");
        assertThat(Masks.phone(null)).isEqualTo("***");
    }

    @Test
    void an_email_keeps_the_first_letter_and_the_domain() {
        assertThat(Masks.email("ivan@example.com")).isEqualTo("i***@example.com");
        assertThat(Masks.email("a@example.com")).isEqualTo("***@example.com");
        assertThat(Masks.email("not-an-email")).isEqualTo("***");
    }

    @Test
    void text_keeps_the_first_letter_and_money_keeps_the_currency() {
        assertThat(Masks.text("Иванов")).isEqualTo("И***");
        assertThat(Masks.text("И")).isEqualTo("***");
        assertThat(Masks.money(new BigDecimal("1250000.00"), "RUB")).isEqualTo("*** RUB");
    }
}
