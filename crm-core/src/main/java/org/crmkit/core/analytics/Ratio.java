package org.crmkit.core.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ratio kept as its two counts, so that a reader sees what was divided by what and tests compare exactly.
 * A ratio over nothing ({@code denominator == 0}) has no value rather than a made-up 0%.
 */
public record Ratio(long numerator, long denominator) {
    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a ratio needs 0 <= numerator <= denominator: " + numerator + "/"
                    + denominator);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The value rounded half-even to 4 decimals (0.6321), empty over nothing. */
    public Optional<BigDecimal> value() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4,
                RoundingMode.HALF_EVEN));
    }

    /** "63.2%" or "—" over nothing. */
    public String percent() {
        return value().map(v -> v.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%").orElse("—");
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + " (" + percent() + ")";
    }
}
