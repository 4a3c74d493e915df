package org.crmkit.core.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What the service KPIs look at.
 *
 * @param period       claims registered within it count
 * @param asOf         the moment "late" is judged at for supplier requests still unanswered
 * @param elapsed      how time between two moments is measured: {@link #CALENDAR} by default; pass a business
 *                     calendar's working time (crm-rules' {@code BusinessCalendar}) to measure in business time
 * @param scope        the records the reader may count
 */
public record ServiceQuery(Period period, Instant asOf, BiFunction<Instant, Instant, Duration> elapsed,
                           AccessScope scope) {
    /** Plain calendar time between two moments. */
    public static final BiFunction<Instant, Instant, Duration> CALENDAR = Duration::between;

    public ServiceQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(scope, "scope");
    }

    public static ServiceQuery asOf(Instant now) {
        return new ServiceQuery(Period.always(), now, CALENDAR, AccessScope.everything());
    }

    public ServiceQuery in(Period newPeriod) {
        return new ServiceQuery(newPeriod, asOf, elapsed, scope);
    }

    public ServiceQuery measuredBy(BiFunction<Instant, Instant, Duration> newElapsed) {
        return new ServiceQuery(period, asOf, newElapsed, scope);
    }

    public ServiceQuery within(AccessScope newScope) {
        return new ServiceQuery(period, asOf, elapsed, newScope);
    }
}
