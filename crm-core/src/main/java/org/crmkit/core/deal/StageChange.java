package org.crmkit.core.deal;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;

/**
 * One entry of a deal's stage history: who moved it from where to where, when, and why.
 *
 * @param from the previous stage; {@code null} only for the first entry, when the deal entered its pipeline
 * @param note the reason given (losing and reopening require one); empty when none
 */
public record StageChange(StageKey from, StageKey to, EmployeeId by, Instant at, String note) {
    public StageChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = Objects.requireNonNullElse(note, "");
    }
}
