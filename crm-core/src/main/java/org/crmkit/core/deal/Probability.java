package org.crmkit.core.deal;

import java.math.BigDecimal;

/** The chance, in whole percent from 0 to 100, that a deal will be won. */
public record Probability(int percent) {
    public static final Probability ZERO = new Probability(0);
    public static final Probability CERTAIN = new Probability(100);

    public Probability {
        if (percent < 0 || percent > 100) {
            throw new ProbabilityOutOfRange(percent);
        }
    }

    public static Probability of(int percent) {
        return new Probability(percent);
    }

    /** The probability as a fraction with two decimals: 25% is 0.25, so amounts can be weighted exactly. */
    public BigDecimal weight() {
        return BigDecimal.valueOf(percent, 2);
    }

    @Override
    public String toString() {
        return percent + "%";
    }
}
