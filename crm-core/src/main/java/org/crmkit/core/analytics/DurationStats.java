package org.crmkit.core.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Median and mean of a set of durations, with how many there were. The median of an even count is the mean of
 * the two middle values; both are empty when there were none.
 */
public record DurationStats(long count, Optional<Duration> median, Optional<Duration> mean) {
    public static DurationStats of(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return new DurationStats(0, Optional.empty(), Optional.empty());
        }
        List<Duration> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        int n = sorted.size();
        Duration median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        return new DurationStats(n, Optional.of(median), Optional.of(total.dividedBy(n)));
    }

    /** The median in days with one decimal ("41.0 d"), or "—". */
    public String medianDays() {
        return median.map(DurationStats::days).orElse("—");
    }

    public String meanDays() {
        return mean.map(DurationStats::days).orElse("—");
    }

    private static String days(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f d", d.toMinutes() / 1440.0);
    }
}
