package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmkit.core.application.overview.ClientOverview;
import org.crmkit.core.application.interactions.InteractionView;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the demo's main path (what {@code mvn -pl examples -am package exec:java} runs) and holds its printout
 * against the CRM it leaves behind, so that the README's command cannot silently break or start lying.
 */
class DemoTest {
    private static DemoRun run;
    private static String output;
    private static Path dashboard;

    @BeforeAll
    static void runTheDemo(@TempDir Path tmp) {
        dashboard = tmp.resolve("dashboard.html");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dashboard);
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_report_shows_the_360_view_of_one_client_with_every_part() {
        assertThat(output).contains("== 360° VIEW: ООО «Северный ветер» — as Olga Kuznetsova (administrator) sees it");
        String view = section("== 360° VIEW", "== THE WEEK IN NUMBERS");
        assertThat(view).contains("  Contacts", "  Open deals", "  Recently closed deals", "  Open claims",
                "  Open tasks", "  Timeline, newest first");
        assertThat(view).contains("Ivan Petrov", "Service contract 2027", "WON",
                "Second delivery arrived two days late", "OVERDUE").doesNotContain("(none)");
    }

    @Test
    void the_printed_timeline_is_the_crms_timeline_of_the_client_newest_first() {
        ClientOverview overview = run.crm().as(run.staff().administrator()).overview()
                .of(run.week().showcase(), OverviewReport.TIMELINE_PAGE);
        List<InteractionView> timeline = overview.timeline();
        assertThat(timeline).hasSize(OverviewReport.TIMELINE_PAGE);
        assertThat(timeline).extracting(InteractionView::occurredAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        String printed = section("Timeline, newest first", "== THE WEEK IN NUMBERS");
        int at = 0;
        for (InteractionView entry : timeline) {
            int next = printed.indexOf(Formats.when(entry.occurredAt()), at);
            assertThat(next).as("%s printed after the entry before it", entry.summary()).isGreaterThan(at);
            assertThat(printed.substring(next)).startsWith(Formats.when(entry.occurredAt()));
            assertThat(printed.indexOf(entry.summary(), next)).isPositive();
            at = next;
        }
    }

    @Test
    void the_owner_sees_the_contact_in_full_and_the_marketer_and_analyst_masked() {
        String access = section("== ACCESS: ООО «Северный ветер»'s contacts", "== ACCESS: Anna Smirnova");
        assertThat(line(access, "Anna Smirnova")).contains("Ivan Petrov", "+79161234567", "ivan.petrov@example.com");
        for (String reader : List.of("Mira Katz", "Lev Zaitsev")) {
            assertThat(line(access, reader)).contains("Ivan P.", "+7 *** ***-45-67", "i***@example.com")
                    .doesNotContain("Petrov", "+79161234567", "ivan.petrov@example.com", "123-45-67");
        }
    }

    @Test
    void a_sales_manager_reading_a_colleagues_deal_is_denied_with_the_reason_the_remedy_and_an_audit_entry() {
        String denial = section("== ACCESS: Anna Smirnova (sales-manager) opens Boris Orlov's deal",
                "== A REJECTED COMMAND");
        assertThat(denial).contains("AccessDenied, decided by OUT_OF_SCOPE",
                "denied: role sales-manager grants deal.read only at scope OWN and the record lies outside it",
                "запрещено: роль sales-manager даёт право deal.read только в пределах «свои записи»",
                "would be allowed with scope DEPARTMENT on deal.read (role sales-manager has OWN)",
                "would be allowed if the record were shared with you or your department for deal.read",
                "DENIAL  Anna Smirnova  deal.read  denied:");
        assertThat(denial).doesNotContain("!!");
    }

    @Test
    void the_rejected_command_names_every_problem_in_english_and_russian_and_stores_nothing() {
        String rejected = section("== A REJECTED COMMAND", null);
        assertThat(rejected).contains("CommandRejected: OnboardClient, 3 violations");
        assertThat(line(rejected, "  inn ")).contains("tax-id.checksum", "wrong control digit", "контрольное число");
        assertThat(line(rejected, "  kpp ")).contains("tax-id.length", "9 characters", "9 символов");
        assertThat(line(rejected, "  legalName ")).contains("NotBlank", "legal name", "полное наименование");
        assertThat(rejected).contains("Clients stored before: 11, after: 11");
        assertThat(run.repositories().clients().all()).hasSize(11);
    }

    @Test
    void the_printed_client_deal_claim_and_task_numbers_are_the_crms_state() {
        String numbers = section("== THE WEEK IN NUMBERS", "== ACCESS");

        Map<ClientStatus, Integer> clients = new EnumMap<>(ClientStatus.class);
        run.repositories().clients().all().stream().map(Client::status).forEach(s -> clients.merge(s, 1, Integer::sum));
        for (ClientStatus s : ClientStatus.values()) {
            assertThat(countIn(numbers, s.name())).as("clients %s", s).isEqualTo(clients.getOrDefault(s, 0));
        }

        for (DealStatus s : DealStatus.values()) {
            List<Deal> deals = run.repositories().deals().all().stream().filter(d -> d.status() == s).toList();
            BigDecimal sum = deals.stream().map(d -> d.amount().orElseThrow().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Matcher row = Pattern.compile("(?m)^  " + s + " +(\\d+) +([\\d ]+) RUB$").matcher(numbers);
            assertThat(row.find()).as("deal row %s", s).isTrue();
            assertThat(Integer.parseInt(row.group(1))).as("deals %s", s).isEqualTo(deals.size());
            assertThat(new BigDecimal(row.group(2).replace(" ", ""))).as("amount %s", s).isEqualByComparingTo(sum);
        }

        String claimTable = section("  Claims by status", "  Tasks");
        Map<ClaimStatus, Integer> claims = new EnumMap<>(ClaimStatus.class);
        run.repositories().claims().all().stream().map(Claim::status).forEach(s -> claims.merge(s, 1, Integer::sum));
        for (ClaimStatus s : ClaimStatus.values()) {
            assertThat(countIn(claimTable, s.name())).as("claims %s", s).isEqualTo(claims.getOrDefault(s, 0));
        }

        String taskTable = section("  Tasks", "  Domain events published");
        Instant now = run.crm().clock().instant();
        List<Task> tasks = run.repositories().tasks().all();
        for (TaskStatus s : TaskStatus.values()) {
            assertThat(countIn(taskTable, s.name())).as("tasks %s", s)
                    .isEqualTo((int) tasks.stream().filter(t -> t.status() == s).count());
        }
        assertThat(countIn(taskTable, "overdue \\(open, past due\\)"))
                .isEqualTo((int) tasks.stream().filter(t -> t.isOverdueAt(now)).count());
    }

    @Test
    void the_week_is_eventful_enough_to_show_what_the_report_is_for() {
        // Not a tautology of the printout: the scenario must leave every outcome the summary distinguishes.
        assertThat(run.repositories().deals().all()).extracting(Deal::status)
                .contains(DealStatus.OPEN, DealStatus.WON, DealStatus.LOST);
        assertThat(run.repositories().claims().all()).extracting(Claim::status)
                .contains(ClaimStatus.REGISTERED, ClaimStatus.IN_REVIEW, ClaimStatus.RESOLVED, ClaimStatus.REJECTED,
                        ClaimStatus.CLOSED);
        assertThat(run.repositories().claims().all()).anySatisfy(c -> assertThat(c.supplierInvolvements())
                .singleElement().satisfies(s -> assertThat(s.answer()).isNotNull()));
        assertThat(run.repositories().tasks().all()).anySatisfy(t -> assertThat(t.route()).hasSize(3)
                .allSatisfy(step -> assertThat(step.isDone()).isTrue()));
        assertThat(run.repositories().tasks().all()).anySatisfy(t -> assertThat(t.delegations()).isNotEmpty());
    }

    @Test
    void the_printed_event_count_is_what_the_outbox_holds_type_by_type() {
        List<DomainEvent> stored = run.outbox().events();
        Matcher total = Pattern.compile("Domain events published: (\\d+)").matcher(output);
        assertThat(total.find()).isTrue();
        assertThat(Integer.parseInt(total.group(1))).isEqualTo(stored.size()).isPositive();

        Map<String, Integer> byType = new TreeMap<>();
        stored.forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        assertThat(run.events().byType()).isEqualTo(byType);
        String numbers = section("Domain events published", "== ACCESS");
        byType.forEach((type, count) ->
                assertThat(numbers).containsPattern("(?m) " + type + " +" + count + "( |$)"));
    }

    @Test
    void the_same_seed_tells_the_same_story() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        Demo.run(new PrintStream(again, true, StandardCharsets.UTF_8), dashboard);
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(output);
    }

    @Test
    void help_prints_the_usage_and_runs_nothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Usage: Demo [--db <path>] [--dashboard <file>] [--help]", "--db <path>", "--dashboard <file>",
                        "mvn -q -pl examples -am -DskipTests package exec:java")
                .doesNotContain("360°");
    }

    /** The text from the first line starting with {@code from} up to the one starting with {@code to}. */
    @Test
    void the_companys_own_pipeline_blocks_a_move_and_explains_why_then_lets_it_pass() {
        String pipeline = section("== THE COMPANY'S OWN PIPELINE", "== THE COMPANY'S CLAIM PROCESS");
        assertThat(pipeline).contains("StageMoveBlocked qualification -> proposal",
                "[deal.amount-required]", "[deal.decision-maker-required]",
                "exists amount -> false", "[contacts.roles = [INFLUENCER]]",
                "the move passes: now at 'proposal', probability 50%");
    }

    @Test
    void the_claim_process_is_rejected_with_counterexample_paths_then_accepted_when_fixed() {
        String process = section("== THE COMPANY'S CLAIM PROCESS", "== SERVICE AND EXECUTION CONTROL");
        assertThat(process).contains("v1: REJECTED with 3 error(s)", "process.closed-cycle",
                "path: start -> review -> supplier -> ask -> chase -> ask", "process.decision-without-otherwise",
                "process.step-without-deadline", "v2 (", "accepted, 0 warning(s)");
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

    /** The count in a two-column "label  n" row; 0 rows of a label in the section fail the test. */
    private static int countIn(String section, String labelPattern) {
        Matcher row = Pattern.compile("(?m)^  " + labelPattern + " +(\\d+)$").matcher(section);
        assertThat(row.find()).as("a row '%s' in%n%s", labelPattern, section).isTrue();
        return Integer.parseInt(row.group(1));
    }
}
