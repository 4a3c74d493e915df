package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Money literals are split by hand, not by regular expression; they must read exactly as {@code split("\\s+")} did. */
class MoneyValueProperties {
    @Property(tries = 3000)
    void a_money_literal_reads_as_the_regular_expression_split_it(
            @ForAll @StringLength(max = 2) @Chars({' ', '\t', '\u0001', '\u00A0'}) String before,
            @ForAll @StringLength(max = 4) @CharRange(from = '0', to = '2') @Chars({'.', ' ', 'x'}) String amount,
            @ForAll @StringLength(max = 2) @Chars({' ', '\t', '\n', '\u000B', '\u0001'}) String gap,
            @ForAll @StringLength(max = 4) @Chars({'R', 'U', 'B', 'x', ' ', '\f'}) String currency,
            @ForAll @StringLength(max = 2) @Chars({' ', '\r', '\u001C', '\u00A0'}) String after) {
        String text = before + amount + gap + currency + after;
        String expected;
        String[] parts = text.trim().split("\\s+");
        try {
            expected = parts.length != 2 ? "rejected" : MoneyValue.of(parts[0], parts[1]).toString();
        } catch (IllegalArgumentException rejected) {
            expected = "rejected";
        }
        String actual;
        try {
            actual = MoneyValue.parse(text).toString();
        } catch (IllegalArgumentException rejected) {
            actual = "rejected";
        }
        assertThat(actual).as("'%s'", text).isEqualTo(expected);
    }
}
