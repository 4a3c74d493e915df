package org.crmkit.benchmarks.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed "now" of every rule benchmark, so that date rules decide the same way on every run. */
final class BenchClock {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private BenchClock() {
    }
}
