package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimAssigned;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimEscalated;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.calendar.WorkingHours;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.ClaimSlaViolated;
import org.crmkit.rules.service.ClaimSlaWarning;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.MilestoneStatus;
import org.crmkit.rules.service.RaisedAlerts;
import org.crmkit.rules.service.SlaAction;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.service.SlaEscalationRules;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.service.SlaSweepReport;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;

/**
 * Service and execution control: one claim registered on the eve of a public holiday (Tue 3 Nov 2026, with
 * Wed 4 Nov Unity Day) on the official Russian 2026 calendar, under a 2 h / 16 h business-time SLA with a
 * warning at 75 %. The claim waits for a supplier (its clocks stand still), then the scheduled SLA sweep warns
 * and escalates it to the head of the hotline, then, past the deadline, to the head of service; each sweep is
 * run twice at the same instant to show the second changes nothing.
 *
 * <p>It runs on a small CRM of its own with its own clock: the demo week (23-27 Nov) has no holiday in it.
 */
final class ClaimEscalationShowcase {
    static final LocalDate HOLIDAY = LocalDate.of(2026, Month.NOVEMBER, 4);
    static final SlaPolicy POLICY = new SlaPolicy(SlaPolicyId.of("vostok-standard"), 1,
            Instant.parse("2026-01-01T00:00:00Z"), SlaScope.anyClaim(), Duration.ofHours(2), Duration.ofHours(16),
            "ru-moscow-2026", 75);

    /** What the showcase leaves behind, for a test to hold its printout against. */
    record Outcome(Repositories repositories, ClaimId claim, EmployeeId headOfHotline, EmployeeId headOfService,
                   List<DomainEvent> events, List<SlaSweepReport> sweeps) {
    }

    private final PrintStream out;
    private final HandClock clock = new HandClock(LocalDateTime.of(2026, 11, 2, 9, 0));
    private final BusinessCalendar calendar = BusinessCalendars.russia2026();
    private final Repositories repositories = Repositories.inMemory();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<SlaSweepReport> sweeps = new ArrayList<>();
    private final Crm crm;
    private final SlaSweep sweep;
    private final Staff staff;

    ClaimEscalationShowcase(PrintStream out) {
        this.out = out;
        SlaPolicies policies = SlaPolicies.of(List.of(POLICY));
        SlaCalendars calendars = SlaCalendars.of(calendar);
        ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        // The registrar listens for ClaimRegistered and fixes the policy version in effect at registration.
        this.crm = Crm.builder().clock(clock).repositories(repositories).listener(events::add)
                .listener(new ClaimSlaRegistrar(policies, calendars, assignments, repositories.clients())).build();
        this.staff = Staff.hire(crm.system("SLA showcase: loading the service department"));
        this.sweep = SlaSweep.builder(crm, repositories).policies(policies).calendars(calendars)
                .assignments(assignments).alerts(RaisedAlerts.inMemory()).rules(SlaEscalationRules.standard())
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment())
                        .then(EscalationLadder.headOf(staff.service)).build())
                .build();
    }

    Outcome run() {
        Report.heading(out, "SERVICE AND EXECUTION CONTROL: a claim escalating over a public holiday");
        out.println("  Calendar " + calendar.name() + " (" + calendar.zone() + "): working hours "
                + calendar.weeklyHours(java.time.DayOfWeek.TUESDAY) + "; Tue 03 Nov shortened to "
                + calendar.hoursOn(HOLIDAY.minusDays(1)) + "; Wed 04 Nov a public holiday ("
                + (calendar.isWorkingDay(HOLIDAY) ? "!! a working day" : "no working hours") + ")");
        out.println("  SLA policy " + POLICY.id().value() + " v" + POLICY.version() + ": first response "
                + hours(POLICY.firstResponse()) + ", resolution " + hours(POLICY.resolution())
                + " of business time, warning at " + POLICY.warningPercent() + "%");
        out.println("  Escalation ladder: level 1 = head of the assignee's department (" + staff.name(staff.timur)
                + ", Hotline), level 2 = head of service (" + staff.name(staff.elena) + ")");

        ClientId client = crm.system("SLA showcase: the customer").clients()
                .onboard(OnboardClient.company("ООО «Балтийский порт»", "7707083893").withOwner(staff.anna));
        Instant registered = clock.setTo(LocalDateTime.of(2026, 11, 3, 16, 0));
        ClaimId claim = crm.as(staff.dmitry).claims().register(RegisterClaim.of(client, ClaimChannel.CALL_CENTRE,
                "defect", Severity.HIGH, "Rack cooling fans failed", "Both fans of rack 2 stopped after an update."));
        say("Dmitry Fedorov registers claim \"Rack cooling fans failed\" (HIGH) from the call centre");
        printDeadlines(claim, registered);

        clock.setTo(LocalDateTime.of(2026, 11, 3, 16, 30));
        crm.as(staff.dmitry).claims().respond(claim);
        say("Dmitry Fedorov calls the customer back: first response "
                + status(claim, Milestone.FIRST_RESPONSE).state() + " after "
                + hours(status(claim, Milestone.FIRST_RESPONSE).consumed()));
        clock.setTo(LocalDateTime.of(2026, 11, 3, 16, 45));
        crm.as(staff.timur).claims().review(claim);
        crm.as(staff.timur).claims().assign(claim, staff.zoya);
        say("Timur Gusev reviews it and assigns it to Zoya Pavlova");

        clock.setTo(LocalDateTime.of(2026, 11, 5, 10, 0));
        crm.as(staff.zoya).claims().involveSupplier(claim, "CoolTech Distribution", "replace both fans of rack 2",
                clock.instant().plus(Duration.ofDays(4)));
        MilestoneStatus paused = status(claim, Milestone.RESOLUTION);
        say("Zoya Pavlova asks the supplier CoolTech to replace the fans: claim " + claim(claim).status()
                + ", the clocks stand still at " + hours(paused.consumed()) + " of " + hours(paused.target()));
        sweepAt(LocalDateTime.of(2026, 11, 6, 12, 0), claim, "while waiting (the warning's old time)");

        clock.setTo(LocalDateTime.of(2026, 11, 9, 10, 0));
        crm.as(staff.zoya).claims().recordSupplierAnswer(claim, "new fans ship today, installed tomorrow morning");
        MilestoneStatus resumed = status(claim, Milestone.RESOLUTION);
        say("the supplier answers; claim " + claim(claim).status() + ", the clock runs again: warning at "
                + Formats.when(resumed.warningAt()) + ", resolution due " + Formats.when(resumed.deadline()));

        sweepAt(LocalDateTime.of(2026, 11, 10, 11, 59), claim, "a minute before the warning");
        sweepAt(LocalDateTime.of(2026, 11, 10, 12, 0), claim, "at the warning");
        sweepAt(LocalDateTime.of(2026, 11, 10, 12, 0), claim, "again at the same instant");
        sweepAt(LocalDateTime.of(2026, 11, 10, 17, 0), claim, "at the resolution deadline");
        sweepAt(LocalDateTime.of(2026, 11, 10, 17, 0), claim, "again at the same instant");

        Claim now = claim(claim);
        out.println("  Claim now: " + now.status() + ", escalation level " + now.escalationLevel() + ", assigned to "
                + now.assignee().map(staff::name).orElse("nobody") + "; SLA events published: "
                + count(ClaimSlaWarning.class) + " ClaimSlaWarning, " + count(ClaimSlaViolated.class)
                + " ClaimSlaViolated, " + count(ClaimEscalated.class) + " ClaimEscalated");
        return new Outcome(repositories, claim, staff.timur, staff.elena, List.copyOf(events), List.copyOf(sweeps));
    }

    /** The deadlines at registration, and what they would be had the holiday been an ordinary Wednesday. */
    private void printDeadlines(ClaimId claim, Instant at) {
        BusinessCalendar ordinary = withoutHolidays();
        MilestoneStatus response = status(claim, Milestone.FIRST_RESPONSE);
        MilestoneStatus resolution = status(claim, Milestone.RESOLUTION);
        out.println("    first response due  " + Formats.when(response.deadline())
                + "   (were 4 Nov a working day: " + Formats.when(ordinary.plus(at, POLICY.firstResponse())) + ")");
        out.println("    resolution warning  " + Formats.when(resolution.warningAt())
                + "   (were 4 Nov a working day: " + Formats.when(ordinary.plus(at, POLICY.resolution()
                .multipliedBy(POLICY.warningPercent()).dividedBy(100))) + ")");
        out.println("    resolution due      " + Formats.when(resolution.deadline())
                + "   (were 4 Nov a working day: " + Formats.when(ordinary.plus(at, POLICY.resolution())) + ")");
    }

    /** The same office hours and shortened eve, with no holidays: the yardstick the holiday is measured by. */
    private BusinessCalendar withoutHolidays() {
        WorkingHours hours = calendar.weeklyHours(java.time.DayOfWeek.MONDAY);
        return BusinessCalendar.named("ru-moscow-2026-without-holidays", calendar.zone()).weekdays(hours)
                .shortened(HOLIDAY.minusDays(1), Duration.ofHours(1)).build();
    }

    private void sweepAt(LocalDateTime local, ClaimId claim, String why) {
        Instant at = clock.setTo(local);
        long versionBefore = claim(claim).version();
        int eventsBefore = events.size();
        SlaSweepReport report = sweep.run(at);
        sweeps.add(report);
        MilestoneStatus resolution = status(claim, Milestone.RESOLUTION);
        String where = "resolution " + resolution.state() + " " + resolution.consumedPercent() + "% ("
                + hours(resolution.consumed()) + ")";
        if (!report.changedAnything()) {
            say("SLA sweep " + why + ": nothing to do, " + where + "; claim version " + versionBefore + " -> "
                    + claim(claim).version() + ", events " + eventsBefore + " -> " + events.size());
            return;
        }
        say("SLA sweep " + why + ": " + where);
        for (SlaAction action : report.actions()) {
            out.println("      " + action.kind() + " " + names(action.detail()) + "  [" + action.rule() + "]");
        }
        for (DomainEvent event : events.subList(eventsBefore, events.size())) {
            out.println("      published " + describe(event));
        }
    }

    private String describe(DomainEvent event) {
        if (event instanceof ClaimEscalated e) {
            return "ClaimEscalated level " + e.fromLevel() + " -> " + e.toLevel() + ": " + e.reason();
        }
        if (event instanceof ClaimAssigned e) {
            return "ClaimAssigned to " + staff.name(e.assignee());
        }
        if (event instanceof ClaimSlaWarning e) {
            return "ClaimSlaWarning " + e.milestone() + " " + hours(e.consumed()) + " of " + hours(e.target())
                    + ", due " + Formats.when(e.deadline()) + ", to " + staff.name(e.recipient());
        }
        if (event instanceof ClaimSlaViolated e) {
            return "ClaimSlaViolated " + e.milestone() + " " + hours(e.consumed()) + " of " + hours(e.target())
                    + ", was due " + Formats.when(e.deadline()) + ", to " + staff.name(e.recipient());
        }
        return event.type();
    }

    /** An action's detail names employees by id: show their names. */
    private String names(String detail) {
        String named = detail;
        for (EmployeeId id : staff.all()) {
            named = named.replace(id.toString(), staff.name(id)).replace(id.value().toString(), staff.name(id));
        }
        return named;
    }

    private long count(Class<? extends DomainEvent> type) {
        return events.stream().filter(type::isInstance).count();
    }

    private MilestoneStatus status(ClaimId claim, Milestone milestone) {
        return sweep.evaluate(claim(claim), clock.instant()).status(milestone);
    }

    private Claim claim(ClaimId id) {
        return repositories.claims().get(id);
    }

    private void say(String text) {
        out.println("  " + Formats.when(clock.instant()) + "  " + text);
    }

    /** "2h", "12h30m": business time is whole minutes here. */
    static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : String.format("%02dm", minutes % 60));
    }

    /** Vostok's service department for this showcase: Service (Elena) › Hotline (Timur; Dmitry, Zoya). */
    private record Staff(DepartmentId service, EmployeeId elena, EmployeeId timur, EmployeeId dmitry,
                         EmployeeId zoya, EmployeeId anna, java.util.Map<EmployeeId, String> names) {
        static Staff hire(CrmSession hr) {
            DepartmentId company = hr.organisation().createDepartment(CreateDepartment.root("Vostok Trading"));
            DepartmentId service = hr.organisation().createDepartment(CreateDepartment.under(company, "Service"));
            DepartmentId hotline = hr.organisation().createDepartment(CreateDepartment.under(service, "Hotline"));
            DepartmentId sales = hr.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
            java.util.Map<EmployeeId, String> names = new java.util.LinkedHashMap<>();
            EmployeeId elena = hire(hr, names, "Elena", "Morozova", "Head of service", service,
                    StandardRoles.HEAD_OF_SERVICE_NAME.value());
            EmployeeId timur = hire(hr, names, "Timur", "Gusev", "Head of the hotline", hotline,
                    StandardRoles.HEAD_OF_SERVICE_NAME.value());
            EmployeeId dmitry = hire(hr, names, "Dmitry", "Fedorov", "Service agent", hotline,
                    StandardRoles.SERVICE_AGENT_NAME.value());
            EmployeeId zoya = hire(hr, names, "Zoya", "Pavlova", "Service agent", hotline,
                    StandardRoles.SERVICE_AGENT_NAME.value());
            EmployeeId anna = hire(hr, names, "Anna", "Smirnova", "Sales manager", sales,
                    StandardRoles.SALES_MANAGER_NAME.value());
            hr.organisation().appointHead(service, elena);
            hr.organisation().appointHead(hotline, timur);
            return new Staff(service, elena, timur, dmitry, zoya, anna, java.util.Map.copyOf(names));
        }

        private static EmployeeId hire(CrmSession hr, java.util.Map<EmployeeId, String> names, String first,
                                       String last, String position, DepartmentId department, String role) {
            EmployeeId id = hr.organisation().hire(new HireEmployee(first, null, last, position, department,
                    Set.of(role)));
            names.put(id, first + " " + last);
            return id;
        }

        String name(EmployeeId id) {
            return id == null ? "nobody" : names.getOrDefault(id, EmployeeId.SYSTEM.equals(id) ? "system" : "?");
        }

        List<EmployeeId> all() {
            return List.copyOf(names.keySet());
        }
    }
}
