package org.crmkit.benchmarks.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Business-time arithmetic on the Russian 2026 production calendar: {@code plus(start, businessTime)} and
 * {@code between(a, b)} for spans up to a year — half of them SLA-sized (up to a working week), half up to a
 * year of business time — starting anywhere in 2026, at any time of day, working or not. The year indexes are
 * built in setup (they are built once per calendar and year in a running system).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(1)
public class BusinessCalendarBenchmark {
    private static final int CASES = 1 << 12;
    private static final int MASK = CASES - 1;
    /** About a year of business time in this calendar (247 working days of 8 hours). */
    private static final long YEAR_OF_BUSINESS_SECONDS = 1_976L * 3_600;
    private static final long WORKING_WEEK_SECONDS = 40L * 3_600;
    private static final long YEAR_SECONDS = 365L * 24 * 3_600;

    private BusinessCalendar calendar;
    private final Instant[] start = new Instant[CASES];
    private final Duration[] amount = new Duration[CASES];
    private final Instant[] later = new Instant[CASES];
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        calendar = BusinessCalendars.russia2026();
        SplittableRandom random = new SplittableRandom(2026);
        long from = LocalDate.of(2026, 1, 1).atStartOfDay(ZoneId.of("Europe/Moscow")).toEpochSecond();
        for (int i = 0; i < CASES; i++) {
            boolean short_ = random.nextBoolean();
            start[i] = Instant.ofEpochSecond(from + random.nextLong(YEAR_SECONDS));
            amount[i] = Duration.ofSeconds(random.nextLong(short_ ? WORKING_WEEK_SECONDS : YEAR_OF_BUSINESS_SECONDS));
            later[i] = start[i].plusSeconds(random.nextLong(short_ ? 7L * 24 * 3_600 : YEAR_SECONDS));
        }
        // Builds the 2026 and 2027 indexes (lazily built on first use otherwise).
        for (int i = 0; i < CASES; i++) {
            calendar.plus(start[i], amount[i]);
            calendar.between(start[i], later[i]);
        }
    }

    /** The deadline {@code amount} of business time after {@code start}. */
    @Benchmark
    public Instant plus() {
        int i = next++ & MASK;
        return calendar.plus(start[i], amount[i]);
    }

    /** The business time elapsed between two instants. */
    @Benchmark
    public Duration between() {
        int i = next++ & MASK;
        return calendar.between(start[i], later[i]);
    }
}
