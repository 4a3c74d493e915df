package org.crmkit.rules.process.runtime;

import java.time.ZoneOffset;
import java.util.Objects;

import org.crmkit.rules.process.ProcessCatalog;

/**
 * What a running process needs from its surroundings: where subprocesses are found, who decides conditions
 * a step did not decide, and which days are working days.
 */
public record ProcessEnvironment(ProcessCatalog catalog, DecisionResolver decisions, BusinessCalendar calendar) {
    public ProcessEnvironment {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** Subprocesses from {@code catalog}; decisions only from step outcomes; Monday–Friday in UTC. */
    public static ProcessEnvironment of(ProcessCatalog catalog) {
        return new ProcessEnvironment(catalog, DecisionResolver.none(), BusinessCalendar.weekdays(ZoneOffset.UTC));
    }

    public ProcessEnvironment withDecisions(DecisionResolver resolver) {
        return new ProcessEnvironment(catalog, resolver, calendar);
    }

    public ProcessEnvironment withCalendar(BusinessCalendar businessCalendar) {
        return new ProcessEnvironment(catalog, decisions, businessCalendar);
    }
}
