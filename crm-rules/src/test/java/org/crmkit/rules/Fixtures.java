package org.crmkit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Shared test fixtures: a fixed clock (a Wednesday), the engine on it, resource loading. */
final class Fixtures {
    /** Wednesday 14 January 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 14);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-14T10:00:00Z"), ZoneOffset.UTC);
    static final RuleEngine ENGINE = RuleEngine.create(CLOCK);

    private Fixtures() {
    }

    static String resource(String path) {
        try {
            return Files.readString(Path.of("src/test/resources", path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Effect.Violation violation(String code, String field) {
        return new Effect.Violation(code, field, code + " (en)", code + " (ru)");
    }
}
