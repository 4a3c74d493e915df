package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.analytics.DurationStats;

/**
 * Medians and means computed in the database without loading the population: the count and the sum come from an
 * aggregate, the median from the one or two middle rows of the ordered column ({@code OFFSET .. FETCH}), which
 * both databases run as a sort of that single column. Same definitions as {@link DurationStats#of}.
 */
final class KpiMiddle {
    private KpiMiddle() {
    }

    /** The middle values of {@code orderedSingleColumn} (a SELECT of one column ending in ORDER BY) of n rows. */
    static List<BigDecimal> middle(Connection c, KpiSql orderedSingleColumn, long n) {
        List<BigDecimal> values = new ArrayList<>(2);
        if (n == 0) {
            return values;
        }
        long offset = (n - 1) / 2;
        long take = n % 2 == 1 ? 1 : 2;
        new KpiSql().append(orderedSingleColumn).append(" OFFSET " + offset + " ROWS FETCH NEXT " + take + " ROWS ONLY")
                .forEach(c, rs -> values.add(rs.getBigDecimal(1)));
        return values;
    }

    /** The median of the middle values: the value itself, or the exact mean of the two. */
    static Optional<BigDecimal> median(List<BigDecimal> middle) {
        if (middle.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(middle.size() == 1 ? middle.get(0)
                : middle.get(0).add(middle.get(1)).divide(BigDecimal.valueOf(2)));
    }

    /** Duration statistics from a count, a sum of microseconds and the ordered microseconds. */
    static DurationStats durations(Connection c, long n, BigDecimal sumMicros, KpiSql orderedMicros) {
        if (n == 0) {
            return new DurationStats(0, Optional.empty(), Optional.empty());
        }
        List<BigDecimal> mid = middle(c, orderedMicros, n);
        Duration median = mid.size() == 1 ? micros(mid.get(0))
                : micros(mid.get(0)).plus(micros(mid.get(1))).dividedBy(2);
        return new DurationStats(n, Optional.of(median), Optional.of(micros(sumMicros).dividedBy(n)));
    }

    static Duration micros(BigDecimal micros) {
        BigInteger[] secondsAndMicros = micros.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(1_000_000));
        return Duration.ofSeconds(secondsAndMicros[0].longValueExact(), secondsAndMicros[1].longValueExact() * 1000);
    }
}
