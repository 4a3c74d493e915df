package org.crmkit.testkit.arbitraries;

import org.crmkit.core.shared.CurrencyMismatch;
import org.crmkit.core.shared.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

    @Property
    void plus_is_commutative(@ForAll("rub") Money a, @ForAll("rub") Money b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void plus_is_associative(@ForAll("rub") Money a, @ForAll("rub") Money b, @ForAll("rub") Money c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void zero_is_the_identity(@ForAll("rub") Money a) {
        assertThat(a.plus(Money.zero("RUB"))).isEqualTo(a);
        assertThat(Money.zero("RUB").plus(a)).isEqualTo(a);
    }

    @Property
    void minus_undoes_plus(@ForAll("rub") Money a, @ForAll("rub") Money b) {
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
    }

    @Property
    void a_sum_with_its_negation_is_zero(@ForAll("rub") Money a) {
        assertThat(a.plus(a.negate()).isZero()).isTrue();
        assertThat(a.negate().negate()).isEqualTo(a);
    }

    @Property
    void times_two_is_adding_to_itself(@ForAll("jpy") Money a) {
        assertThat(a.times(2)).isEqualTo(a.plus(a));
    }

    @Property
    void compare_to_agrees_with_the_sign_of_the_difference(@ForAll("rub") Money a, @ForAll("rub") Money b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.minus(b).amount().signum());
    }

    @Property
    void mixing_currencies_always_throws(@ForAll("code") String left, @ForAll("code") String right,
                                         @ForAll long amount) {
        Assume.that(!left.equals(right));
        Money a = Money.of(amount, left);
        Money b = Money.of(amount, right);

        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatch.class);
        assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatch.class);
        assertThat(a).isNotEqualTo(b);
    }

    @Provide
    Arbitrary<Money> rub() {
        return ValueArbitraries.money("RUB");
    }

    @Provide
    Arbitrary<Money> jpy() {
        return ValueArbitraries.money("JPY");
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.of("RUB", "USD", "EUR", "JPY", "KZT", "BYN", "CNY");
    }
}
