package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimEscalated;
import org.crmkit.core.client.Client;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.service.ClaimSlaViolated;
import org.crmkit.rules.service.ClaimSlaWarning;
import org.crmkit.rules.service.SlaSweepReport;
import org.crmkit.rules.sla.Milestone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's second half (service and execution control, quality of management, the dashboard) held against
 * what it claims: the SLA showcase's own CRM, the demo week's CRM, and the page written to disk. Expected
 * figures are recomputed here from the stored records and the calendar, not copied from the printout.
 */
class ControlAndAnalyticsTest {
    private static final BusinessCalendar RUSSIA = BusinessCalendars.russia2026();
    private static final Pattern EMPLOYEE_OR_DEPARTMENT_ROW =
            Pattern.compile("(?m)^  (employee|department) +(.+?) +(\\d+) +(\\d+) +\\S+$");

    private static DemoRun run;
    private static String output;
    private static Path dashboard;
    private static ClaimEscalationShowcase.Outcome escalation;
    private static String escalationPrintout;

    @BeforeAll
    static void runTheDemo(@TempDir Path tmp) {
        dashboard = tmp.resolve("reports").resolve("week.html");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dashboard);
        output = bytes.toString(StandardCharsets.UTF_8);
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        escalation = new ClaimEscalationShowcase(new PrintStream(alone, true, StandardCharsets.UTF_8)).run();
        escalationPrintout = alone.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_new_sections_follow_the_company_rules_in_order() {
        int rules = output.indexOf("== THE COMPANY'S CLAIM PROCESS");
        int sla = output.indexOf("== SERVICE AND EXECUTION CONTROL");
        int route = output.indexOf("== EXECUTION CONTROL: a task handed along its route");
        int quality = output.indexOf("== QUALITY OF MANAGEMENT");
        int analytics = output.indexOf("== ANALYTICS");
        assertThat(List.of(rules, sla, route, quality, analytics)).doesNotContain(-1).isSorted();
        assertThat(escalationPrintout.strip()).as("the showcase the test inspects is the one the demo printed")
                .isEqualTo(section("== SERVICE AND EXECUTION CONTROL", "== EXECUTION CONTROL:").strip());
    }

    @Test
    void the_holiday_pushes_the_claims_deadlines_past_wednesday_4_november() {
        assertThat(RUSSIA.isWorkingDay(ClaimEscalationShowcase.HOLIDAY)).isFalse();
        Instant registered = moscow(2026, 11, 3, 16, 0);
        // Tue 16:00-17:00 (shortened eve) is 1 h; Wed is skipped; Thu from 09:00 gives the rest.
        assertThat(RUSSIA.plus(registered, Duration.ofHours(2))).isEqualTo(moscow(2026, 11, 5, 10, 0));
        assertThat(RUSSIA.plus(registered, Duration.ofHours(16))).isEqualTo(moscow(2026, 11, 6, 17, 0));
        String sla = section("== SERVICE AND EXECUTION CONTROL", "== EXECUTION CONTROL:");
        assertThat(sla).contains(
                "first response due  Thu 05 Nov 10:00   (were 4 Nov a working day: Wed 04 Nov 10:00)",
                "resolution warning  Fri 06 Nov 12:00   (were 4 Nov a working day: Thu 05 Nov 12:00)",
                "resolution due      Fri 06 Nov 17:00   (were 4 Nov a working day: Thu 05 Nov 17:00)",
                "first response MET after 0h30m");
    }

    @Test
    void waiting_for_the_supplier_stops_the_clock_and_moves_the_deadline_to_the_next_week() {
        String sla = section("== SERVICE AND EXECUTION CONTROL", "== EXECUTION CONTROL:");
        assertThat(sla).contains("claim WAITING, the clocks stand still at 2h of 16h",
                "Fri 06 Nov 12:00  SLA sweep while waiting (the warning's old time): nothing to do, resolution ON_TRACK 12% (2h)",
                "warning at Tue 10 Nov 12:00, resolution due Tue 10 Nov 17:00");
        // 2 h used before the pause; 14 h more from Mon 10:00: Mon 7 h, Tue 09:00-13:00 and 14:00-17:00.
        assertThat(RUSSIA.plus(moscow(2026, 11, 9, 10, 0), Duration.ofHours(14))).isEqualTo(moscow(2026, 11, 10, 17, 0));
        assertThat(escalation.sweeps().get(0).changedAnything()).isFalse();
        assertThat(escalation.sweeps().get(1).changedAnything()).as("11:59, a minute before the warning").isFalse();
    }

    @Test
    void the_sweep_escalates_to_the_head_of_the_hotline_at_the_warning_and_to_the_head_of_service_at_the_deadline() {
        Claim claim = escalation.repositories().claims().get(escalation.claim());
        assertThat(claim.escalationLevel()).isEqualTo(2);
        assertThat(claim.assignee()).contains(escalation.headOfService());

        List<ClaimEscalated> escalations = events(ClaimEscalated.class);
        assertThat(escalations).extracting(ClaimEscalated::toLevel).containsExactly(1, 2);
        assertThat(escalations).extracting(ClaimEscalated::occurredAt)
                .containsExactly(moscow(2026, 11, 10, 12, 0), moscow(2026, 11, 10, 17, 0));
        assertThat(events(ClaimSlaWarning.class)).singleElement().satisfies(w -> {
            assertThat(w.milestone()).isEqualTo(Milestone.RESOLUTION);
            assertThat(w.recipient()).isEqualTo(escalation.headOfHotline());
            assertThat(w.deadline()).isEqualTo(moscow(2026, 11, 10, 17, 0));
        });
        assertThat(events(ClaimSlaViolated.class)).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo(escalation.headOfService());
            assertThat(v.consumed()).isEqualTo(Duration.ofHours(16));
        });

        String sla = section("== SERVICE AND EXECUTION CONTROL", "== EXECUTION CONTROL:");
        assertThat(sla).contains("ESCALATED level 1  [crmkit:sla.resolution-warning]",
                "REASSIGNED to Timur Gusev", "published ClaimSlaWarning RESOLUTION 12h of 16h, due Tue 10 Nov 17:00, to Timur Gusev",
                "ESCALATED level 2  [crmkit:sla.resolution-violated]", "REASSIGNED to Elena Morozova",
                "published ClaimSlaViolated RESOLUTION 16h of 16h, was due Tue 10 Nov 17:00, to Elena Morozova",
                "Claim now: IN_PROGRESS, escalation level 2, assigned to Elena Morozova; SLA events published: "
                        + "1 ClaimSlaWarning, 1 ClaimSlaViolated, 2 ClaimEscalated");
    }

    @Test
    void a_second_sweep_at_the_same_instant_changes_nothing() {
        List<SlaSweepReport> sweeps = escalation.sweeps();
        assertThat(sweeps).extracting(SlaSweepReport::at).containsExactly(moscow(2026, 11, 6, 12, 0),
                moscow(2026, 11, 10, 11, 59), moscow(2026, 11, 10, 12, 0), moscow(2026, 11, 10, 12, 0),
                moscow(2026, 11, 10, 17, 0), moscow(2026, 11, 10, 17, 0));
        assertThat(sweeps.get(2).changedAnything()).isTrue();
        assertThat(sweeps.get(3).actions()).isEmpty();
        assertThat(sweeps.get(4).changedAnything()).isTrue();
        assertThat(sweeps.get(5).actions()).isEmpty();
        String sla = section("== SERVICE AND EXECUTION CONTROL", "== EXECUTION CONTROL:");
        Matcher again = Pattern.compile("SLA sweep again at the same instant: nothing to do, .*; claim version (\\d+) -> "
                + "(\\d+), events (\\d+) -> (\\d+)").matcher(sla);
        int seen = 0;
        while (again.find()) {
            seen++;
            assertThat(again.group(1)).isEqualTo(again.group(2));
            assertThat(again.group(3)).isEqualTo(again.group(4));
        }
        assertThat(seen).isEqualTo(2);
    }

    @Test
    void the_route_is_printed_step_by_step_with_who_and_when_as_the_crm_stored_it() {
        String route = section("== EXECUTION CONTROL: a task handed along its route", "== QUALITY OF MANAGEMENT");
        Task task = run.repositories().tasks().all().stream().filter(Task::isRouted).findFirst().orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(route).contains("\"" + task.title() + "\" (HIGH), set by Pavel Sokolov");
        task.route().forEach(step -> assertThat(line(route, (step.index() + 1) + ". " + step.name())).contains(
                run.staff().nameOf(step.responsible()), Formats.when(step.due()), Formats.when(step.doneAt()),
                run.staff().nameOf(step.doneBy()), step.note()));
        assertThat(route).contains("handed on " + Formats.when(task.route().get(0).doneAt())
                + ": Anna Smirnova -> Pavel Sokolov", "handed on " + Formats.when(task.route().get(1).doneAt())
                + ": Pavel Sokolov -> Elena Morozova");
        assertThat(route).contains("Delegated tasks: 1", "Anna Smirnova -> Boris Orlov");
    }

    @Test
    void the_first_response_compliance_is_what_the_claims_and_the_calendar_say() {
        Instant end = run.crm().clock().instant();
        Map<String, int[]> expected = new TreeMap<>();
        for (Claim claim : run.repositories().claims().all()) {
            Instant due = RUSSIA.plus(claim.registeredAt(), ClaimEscalationShowcase.POLICY.firstResponse());
            boolean met = claim.firstRespondedAt().filter(at -> !at.isAfter(due)).isPresent();
            if (claim.firstRespondedAt().isPresent() || !due.isAfter(end)) {
                count(expected, claim, met);
            }
        }
        assertThat(expected.get("department Service")).as("the week has a late first response").containsExactly(5, 4);
        assertThat(printedRows("claims.first-response-in-sla")).isEqualTo(flat(expected));
        assertThat(section("claims.first-response-in-sla:", "deals.proposal-has-open-task:"))
                .contains("overall 4 of 5 complied (80.0%)", "Claim \"Where is my order?\" - Dmitry Fedorov (Service)");
    }

    @Test
    void the_deal_consent_and_task_compliance_are_what_the_crm_holds() {
        Instant end = run.crm().clock().instant();
        List<Task> open = run.repositories().tasks().open();
        Map<String, int[]> deals = new TreeMap<>();
        for (Deal deal : run.repositories().deals().all()) {
            if (deal.status() == DealStatus.OPEN && deal.stage().equals(StageKey.of("proposal"))) {
                count(deals, deal, open.stream().anyMatch(t -> deal.id().equals(t.link().deal())));
            }
        }
        assertThat(deals).isNotEmpty();
        assertThat(printedRows("deals.proposal-has-open-task")).isEqualTo(flat(deals));

        Map<String, int[]> clients = new TreeMap<>();
        for (Client client : run.repositories().clients().all()) {
            Instant limit = client.registeredAt().plus(Duration.ofDays(2));
            count(clients, client, run.repositories().contacts().ofClient(client.id()).stream()
                    .flatMap(c -> c.consents().stream()).anyMatch(c -> c.given() && !c.at().isAfter(limit)
                            && c.purpose() == ConsentPurpose.PERSONAL_DATA_PROCESSING));
        }
        assertThat(printedRows("clients.consent-within-2d")).isEqualTo(flat(clients));

        Map<String, int[]> tasks = new TreeMap<>();
        for (Task task : run.repositories().tasks().all()) {
            Instant due = task.due().orElse(null);
            if (due != null && due.isBefore(end)) {
                count(tasks, task, TasksDoneByDue.doneAt(task).filter(at -> !at.isAfter(due)).isPresent());
            }
        }
        Map<String, String> printed = printedRows(TasksDoneByDue.ID);
        assertThat(printed).isEqualTo(flat(tasks));
        long breaches = tasks.entrySet().stream().filter(e -> e.getKey().startsWith("department"))
                .mapToInt(e -> e.getValue()[0] - e.getValue()[1]).sum();
        assertThat(section(TasksDoneByDue.ID + ":", "== ANALYTICS")).contains("breaking records: " + breaches);
    }

    @Test
    void the_dashboard_page_is_written_with_every_chart_and_its_path_printed() throws Exception {
        assertThat(dashboard).exists();
        String html = Files.readString(dashboard);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "https://")
                .contains("<table id=\"headline\">", "Vostok Trading, week of 23 Nov 2026");
        for (String chart : List.of("funnel", "revenue-by-month", "win-rate-by-office", "win-rate-by-product",
                "top-employees", "claims-by-category", "overdue-by-department", "campaigns")) {
            assertThat(html).contains("<section id=\"" + chart + "\">");
        }
        assertThat(output).contains("Dashboard written to " + dashboard.toAbsolutePath());
    }

    @Test
    void the_kpi_table_counts_the_weeks_deals_and_claims() {
        String kpis = section("== ANALYTICS", null);
        List<Deal> all = run.repositories().deals().all();
        long won = all.stream().filter(d -> d.status() == DealStatus.WON).count();
        long lost = all.stream().filter(d -> d.status() == DealStatus.LOST).count();
        long open = all.stream().filter(d -> d.status() == DealStatus.OPEN).count();
        assertThat(line(kpis, "Deals (won / lost / open)"))
                .endsWith(all.size() + " (" + won + " / " + lost + " / " + open + ")");
        List<Claim> claims = run.repositories().claims().all();
        assertThat(line(kpis, "Claims (open)")).endsWith(claims.size() + " ("
                + claims.stream().filter(Claim::isOpen).count() + ")");
        assertThat(kpis).contains("-- Sales funnel", "-- Overdue tasks by department --");
    }

    @Test
    void the_dashboard_option_names_the_file_and_is_taken_out_of_the_arguments() {
        assertThat(WeekDashboard.fileFrom(List.of())).isEqualTo(Path.of("target", "crmkit-dashboard.html"));
        assertThat(WeekDashboard.fileFrom(List.of("--dashboard", "out/x.html"))).isEqualTo(Path.of("out/x.html"));
        assertThat(WeekDashboard.otherArguments(List.of("--dashboard", "out/x.html"))).isEmpty();
        assertThat(WeekDashboard.otherArguments(List.of("--dashboard"))).as("no file: refused as unknown")
                .containsExactly("--dashboard");
        assertThat(WeekDashboard.otherArguments(List.of("--x", "--dashboard", "a.html"))).containsExactly("--x");
    }

    private static <E> List<E> events(Class<E> type) {
        return escalation.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void count(Map<String, int[]> rows, Accountable record, boolean complies) {
        Function<String, int[]> zero = key -> new int[2];
        for (String key : List.of("employee " + run.staff().nameOf(record.owner()),
                "department " + department(record))) {
            int[] row = rows.computeIfAbsent(key, zero);
            row[0]++;
            row[1] += complies ? 1 : 0;
        }
    }

    private static String department(Accountable record) {
        return run.repositories().departments().find(record.department()).orElseThrow().name();
    }

    private static Map<String, String> flat(Map<String, int[]> rows) {
        Map<String, String> flat = new TreeMap<>();
        rows.forEach((key, row) -> flat.put(key, row[0] + "/" + row[1]));
        return flat;
    }

    /** "employee Anna Smirnova" → "checked/complied", from the standard's printed table. */
    private static Map<String, String> printedRows(String standard) {
        int start = output.indexOf("  " + standard + ":");
        assertThat(start).as("standard %s printed", standard).isNotNegative();
        int end = output.indexOf("breaking records:", start);
        Matcher row = EMPLOYEE_OR_DEPARTMENT_ROW.matcher(output.substring(start, end));
        Map<String, String> rows = new TreeMap<>();
        while (row.find()) {
            rows.put(row.group(1) + " " + row.group(2), row.group(3) + "/" + row.group(4));
        }
        return rows;
    }

    private static Instant moscow(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(DemoClock.MOSCOW).toInstant();
    }

    private static String section(String from, String to) {
        int start = output.indexOf(from);
        assertThat(start).as("section %s", from).isNotNegative();
        int end = to == null ? output.length() : output.indexOf(to, start + from.length());
        assertThat(end).as("end of section %s", from).isPositive();
        return output.substring(start, end);
    }

    private static String line(String text, String containing) {
        return Arrays.stream(text.split("\\R")).filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + containing + "' in:\n" + text));
    }
}
