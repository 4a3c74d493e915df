package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void amounts_are_held_at_the_currencys_scale_so_equal_amounts_are_equal() {
        assertThat(Money.of("10.5", "RUB")).isEqualTo(Money.of("10.50", "RUB"));
        assertThat(Money.of("10.5", "RUB").hashCode()).isEqualTo(Money.of("10.50", "RUB").hashCode());
        assertThat(Money.of(10, "RUB")).isEqualTo(Money.of("10.00", "RUB"));
        assertThat(Money.of("7", "JPY").amount().scale()).isZero();
    }

    @Test
    void extra_decimals_are_rounded_half_even() {
        assertThat(Money.of("10.125", "RUB").amount()).isEqualByComparingTo("10.12");
        assertThat(Money.of("10.135", "RUB").amount()).isEqualByComparingTo("10.14");
    }

    @Test
    void to_string_is_the_plain_amount_and_the_code() {
        assertThat(Money.of("1234.5", "rub")).hasToString("1234.50 RUB");
        assertThat(Money.of(new BigDecimal("1E+3"), RUB)).hasToString("1000.00 RUB");
    }

    @Test
    void arithmetic_returns_new_amounts() {
        Money ten = Money.of(10, "RUB");
        Money three = Money.of("3.30", "RUB");

        assertThat(ten.plus(three)).isEqualTo(Money.of("13.30", "RUB"));
        assertThat(ten.minus(three)).isEqualTo(Money.of("6.70", "RUB"));
        assertThat(three.times(3)).isEqualTo(Money.of("9.90", "RUB"));
        assertThat(three.times(new BigDecimal("0.333"))).isEqualTo(Money.of("1.10", "RUB"));
        assertThat(three.negate()).isEqualTo(Money.of("-3.30", "RUB"));
        assertThat(ten).isEqualTo(Money.of(10, "RUB"));
    }

    @Test
    void sign_queries() {
        assertThat(Money.zero("RUB").isZero()).isTrue();
        assertThat(Money.zero(RUB)).isEqualTo(Money.of("0.00", "RUB"));
        assertThat(Money.of(-1, "RUB").isNegative()).isTrue();
        assertThat(Money.of("0.01", "RUB").isPositive()).isTrue();
        assertThat(Money.of("0.001", "RUB").isZero()).isTrue();
    }

    @Test
    void amounts_in_one_currency_compare_by_value() {
        assertThat(Money.of(5, "RUB")).isLessThan(Money.of("5.01", "RUB"));
        assertThat(Money.of(5, "RUB").compareTo(Money.of("5.00", "RUB"))).isZero();
    }

    @Test
    void adding_two_currencies_is_an_error() {
        assertThatThrownBy(() -> Money.of(1, "RUB").plus(Money.of(1, "USD")))
                .isInstanceOfSatisfying(CurrencyMismatch.class, e -> {
                    assertThat(e.code()).isEqualTo("money.currency-mismatch");
                    assertThat(e.getMessage()).contains("RUB", "USD");
                    assertThat(e.messageRu()).contains("RUB", "USD");
                });
    }

    @Test
    void subtracting_or_comparing_two_currencies_is_an_error() {
        assertThatThrownBy(() -> Money.of(1, "RUB").minus(Money.of(1, "EUR"))).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> Money.of(1, "RUB").compareTo(Money.of(1, "EUR"))).isInstanceOf(CurrencyMismatch.class);
    }

    @Test
    void an_unparsable_amount_is_rejected_quoting_it() {
        assertThatThrownBy(() -> Money.of("12,50", "RUB"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("12,50")
                .extracting("code").isEqualTo("money.amount");
    }

    @Test
    void an_unknown_currency_is_rejected_quoting_it() {
        assertThatThrownBy(() -> Money.of("1", "ZZZ"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("ZZZ")
                .extracting("code").isEqualTo("money.currency");
    }

    @Test
    void nulls_are_rejected_as_invalid_values() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null, RUB)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of(null, "RUB")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.zero((String) null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of(1, "RUB").plus(null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of(1, "RUB").times(null)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_currency_without_a_default_scale_still_has_one_representation_per_amount() {
        assertThat(Money.of("1.50", "XAU")).isEqualTo(Money.of("1.5", "XAU"));
    }
}
