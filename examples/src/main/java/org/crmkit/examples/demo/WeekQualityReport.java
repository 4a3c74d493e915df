package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.quality.QualityCheck;
import org.crmkit.rules.quality.QualityReport;
import org.crmkit.rules.quality.QualityReport.Compliance;
import org.crmkit.rules.quality.QualityStandard;
import org.crmkit.rules.quality.QualityStandards;
import org.crmkit.rules.quality.ReportingPeriod;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.SlaPolicies;

/**
 * Quality of management for the demo week: compliance with four standards (three of CRMKit's examples and
 * Vostok's own {@link TasksDoneByDue}) overall, per department and per employee, with the records that break
 * them. Claims are measured against the same SLA policy as the escalation showcase on the Russian 2026
 * calendar; the SLA is only evaluated here (a pure reading), never swept, so the week's data stay as they were.
 */
final class WeekQualityReport {
    private final Crm crm;
    private final Repositories repositories;
    private final DemoCompany staff;
    private final PrintStream out;

    WeekQualityReport(Crm crm, Repositories repositories, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.repositories = repositories;
        this.staff = staff;
        this.out = out;
    }

    /** The standards the report judges, in print order. */
    List<QualityStandard> standards() {
        SlaPolicies policies = SlaPolicies.of(List.of(ClaimEscalationShowcase.POLICY));
        SlaCalendars calendars = SlaCalendars.of(BusinessCalendars.russia2026());
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        ClaimSlaRegistrar registrar = new ClaimSlaRegistrar(policies, calendars, assignments, repositories.clients());
        SlaSweep sla = SlaSweep.builder(crm, repositories).policies(policies).calendars(calendars)
                .assignments(assignments).ladder(EscalationLadder.builder().build()).build();
        return List.of(
                QualityStandards.firstResponseWithinSla((claim, at) -> {
                    registrar.assign(claim);
                    return sla.evaluate(claim, at).state(Milestone.FIRST_RESPONSE);
                }),
                QualityStandards.openDealsInStageHaveAnOpenTask("proposal"),
                QualityStandards.newClientsHaveConsentedContactWithin(Duration.ofDays(2)),
                TasksDoneByDue.standard());
    }

    /** Monday 00:00 to now (Friday evening), Moscow time. */
    ReportingPeriod week() {
        Instant monday = DemoClock.WEEK_START.toLocalDate().atStartOfDay(DemoClock.MOSCOW).toInstant();
        return new ReportingPeriod(monday, crm.clock().instant());
    }

    QualityReport print() {
        ReportingPeriod period = week();
        Report.heading(out, "QUALITY OF MANAGEMENT: the week against the company's standards");
        out.println("  Period " + Formats.when(period.from()) + " - " + Formats.when(period.to())
                + "; claims judged by SLA policy " + ClaimEscalationShowcase.POLICY.id().value() + " on "
                + BusinessCalendars.russia2026().name());
        QualityReport report = QualityReport.evaluate(standards(), repositories, period);
        for (QualityReport.Result result : report.results()) {
            out.println();
            out.println("  " + result.standard() + ": " + result.description());
            out.println("  overall " + rate(result.overall()));
            Table table = new Table("by", "who", "checked", "complied", "compliance");
            result.byDepartment().forEach((id, c) -> table.row("department", department(id), c.checked(),
                    c.compliant(), percent(c)));
            result.byEmployee().forEach((id, c) -> table.row("employee", staff.nameOf(id), c.checked(),
                    c.compliant(), percent(c)));
            table.print(out);
            out.println("  breaking records: " + (result.breaches().isEmpty() ? "none" : result.breaches().size()));
            for (QualityCheck breach : result.breaches()) {
                out.println("    " + breach.recordType() + " \"" + describe(breach) + "\" - "
                        + staff.nameOf(breach.employee()) + " (" + department(breach.department()) + "): "
                        + breach.note());
            }
        }
        return report;
    }

    static String rate(Compliance c) {
        return c.compliant() + " of " + c.checked() + " complied (" + percent(c) + ")";
    }

    static String percent(Compliance c) {
        return c.percent().map(p -> p.toPlainString() + "%").orElse("not judged");
    }

    private String department(DepartmentId id) {
        return repositories.departments().find(id).map(Department::name).orElse("?");
    }

    private String describe(QualityCheck check) {
        UUID id = check.record();
        return switch (check.recordType()) {
            case "Claim" -> repositories.claims().find(new ClaimId(id)).map(c -> c.subject()).orElse("?");
            case "Deal" -> repositories.deals().find(new DealId(id)).map(d -> d.title()).orElse("?");
            case "Client" -> repositories.clients().find(new ClientId(id)).map(c -> c.displayName()).orElse("?");
            case "Task" -> repositories.tasks().find(new TaskId(id)).map(t -> t.title()).orElse("?");
            default -> id.toString();
        };
    }
}
