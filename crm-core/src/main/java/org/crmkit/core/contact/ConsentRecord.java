package org.crmkit.core.contact;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.InvalidValue;

/**
 * One act of giving or withdrawing consent, with where it came from ("web-form", "paper", "call") and who
 * recorded it: the evidence a data-protection inspector asks for.
 */
public record ConsentRecord(ConsentPurpose purpose, boolean given, Instant at, String source, EmployeeId recordedBy) {
    public ConsentRecord {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (source == null || source.isBlank()) {
            throw new InvalidValue("consent.source-missing", "A consent needs its source (web-form, paper, call)",
                    "Не указан источник согласия (веб-форма, бумага, звонок)");
        }
        source = source.strip();
    }
}
