package org.crmkit.rules.process.runtime;

import java.time.ZoneOffset;
import java.util.Objects;

import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.process.ProcessCatalog;

/**
 * What a running process needs from its surroundings: where subprocesses are found, who decides conditions
 * a step did not decide, and which days are working days. It is handed to each move of a run, never stored
 * with it, so a stored run is plain data and picks up the company's current calendar and rules.
 */
public record ProcessEnvironment(ProcessCatalog catalog, DecisionResolver decisions, DeadlineCalendar calendar) {
    public ProcessEnvironment {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** Subprocesses from {@code catalog}; decisions only from step outcomes; Monday–Friday in UTC. */
    public static ProcessEnvironment of(ProcessCatalog catalog) {
        return new ProcessEnvironment(catalog, DecisionResolver.none(), DeadlineCalendar.weekdays(ZoneOffset.UTC));
    }

    public ProcessEnvironment withDecisions(DecisionResolver resolver) {
        return new ProcessEnvironment(catalog, resolver, calendar);
    }

    public ProcessEnvironment withCalendar(DeadlineCalendar deadlineCalendar) {
        return new ProcessEnvironment(catalog, decisions, deadlineCalendar);
    }

    /** Business-day deadlines counted by the company's calendar (holidays, transfers, shortened days). */
    public ProcessEnvironment withCalendar(BusinessCalendar businessCalendar) {
        return withCalendar(DeadlineCalendar.of(businessCalendar));
    }
}
