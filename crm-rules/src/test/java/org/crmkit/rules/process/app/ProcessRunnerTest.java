package org.crmkit.rules.process.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.application.tasks.TaskView;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.calendar.BusinessCalendars;
import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.runtime.Assignment;
import org.crmkit.rules.process.runtime.ProcessHistoryEntry;
import org.crmkit.rules.process.runtime.ProcessHistoryEntry.Kind;
import org.crmkit.rules.process.runtime.ProcessInstance;
import org.crmkit.rules.process.runtime.ProcessInstances;
import org.crmkit.rules.process.runtime.SubjectRef;
import org.crmkit.rules.process.runtime.UnknownOutcome;
import org.crmkit.rules.process.verify.FindingCode;
import org.crmkit.rules.process.verify.UnsoundDefinition;
import org.junit.jupiter.api.Test;

/**
 * A claim handled end to end on a real in-memory CRM: the process hands its steps out as tasks to the people of
 * the responsible roles, with deadlines from the Russian 2026 production calendar, and follows the decision
 * the reviewing agent takes.
 */
class ProcessRunnerTest {
    private static final ProcessKey CLAIM_HANDLING = ProcessKey.of("claim-handling");
    /** Friday 27 November 2026, 10:00 in Moscow. */
    private static final Instant FRIDAY_10_MSK = Instant.parse("2026-11-27T07:00:00Z");
    private static final String AGENT = StandardRoles.SERVICE_AGENT_NAME.value();
    private static final String HEAD = StandardRoles.HEAD_OF_SERVICE_NAME.value();

    private final TestClock clock = new TestClock(FRIDAY_10_MSK);
    private final Crm crm = Crm.builder().clock(clock).build();
    private final CrmSession setup = crm.system("test setup");
    private final DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
    private final DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
    private final DepartmentId service = setup.organisation().createDepartment(CreateDepartment.under(company, "Service"));
    /** Hired first (smallest id) but gone: must never get work. */
    private final EmployeeId denis = hire("Denis", service, AGENT);
    private final EmployeeId olga = hire("Olga", service, AGENT);
    private final EmployeeId pavel = hire("Pavel", service, AGENT);
    private final EmployeeId irina = hire("Irina", service, HEAD);
    private final EmployeeId anna = hire("Anna", sales, StandardRoles.SALES_MANAGER_NAME.value());
    private final ClientId client = crm.as(anna).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
    private final ClaimId claim = crm.as(olga).claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL,
            "quality", Severity.HIGH, "Broken pump", "The pump delivered on 20 November leaks"));
    private final SubjectRef subject = SubjectRef.claim(claim.value());
    private final ProcessInstances runs = ProcessInstances.inMemory();
    private final List<DomainEvent> events = new ArrayList<>();

    ProcessRunnerTest() {
        setup.organisation().dismiss(denis);
    }

    private EmployeeId hire(String name, DepartmentId department, String role) {
        return setup.organisation().hire(new HireEmployee(name, null, "Testov", "staff", department, Set.of(role)));
    }

    /** Review by a service agent; supplier at fault? yes: the head of service follows up; otherwise an agent fixes. */
    private static ProcessDefinitionBuilder claimHandling() {
        return ProcessDefinition.builder(CLAIM_HANDLING, 1)
                .goal("Every claim is reviewed and settled, by us or by the supplier at fault")
                .participants(AGENT, HEAD)
                .start("start")
                .step("review", "Review the claim", AGENT, Deadline.within(Duration.ofHours(4)),
                        Effect.of("claim reviewed", "review note"))
                .decision("supplier-at-fault", "the supplier is at fault")
                .step("supplier-follow-up", "Follow up with the supplier", HEAD, Deadline.businessDays(2),
                        Effect.of("supplier claim lodged", "supplier claim"))
                .step("fix", "Fix the fault", AGENT, Deadline.businessDays(3), Effect.of("fault fixed", "repair act"))
                .end("passed-to-supplier")
                .end("fixed")
                .flow("start", "review")
                .flow("review", "supplier-at-fault")
                .branch("supplier-at-fault", "yes", "supplier-follow-up")
                .otherwise("supplier-at-fault", "no", "fix")
                .flow("supplier-follow-up", "passed-to-supplier")
                .flow("fix", "fixed");
    }

    private ProcessRunner runner(ProcessDefinition... processes) {
        return ProcessRunner.builder(crm)
                .catalog(ProcessCatalog.of(processes))
                .instances(runs)
                .calendar(BusinessCalendars.russia2026())
                .listener(events::add)
                .build();
    }

    private ProcessRunner runner() {
        return runner(claimHandling().build());
    }

    private TaskView task(TaskId id) {
        return crm.system("test check").tasks().get(id);
    }

    private List<TaskView> allTasks() {
        return crm.system("test check").tasks().list(PageRequest.first(100)).items();
    }

    private static NodeId node(String id) {
        return NodeId.of(id);
    }

    @Test
    void a_claim_the_company_is_at_fault_for_is_reviewed_then_fixed_by_the_least_loaded_agent() {
        // Olga already has an open task, so the review goes to Pavel; Denis has none but has left.
        TaskId olgasCall = crm.as(olga).tasks().create(CreateTask.of("Call the client back", olga, null));
        ProcessRunner runner = runner();

        RunProgress started = runner.start(CLAIM_HANDLING, subject, irina);

        HandedOutTask review = started.handedOut().get(0);
        assertThat(started.handedOut()).hasSize(1);
        assertThat(started.finished()).isFalse();
        assertThat(review.assignee()).isEqualTo(pavel);
        assertThat(review.work().step()).isEqualTo(node("review"));
        assertThat(task(review.task())).satisfies(t -> {
            assertThat(t.title()).isEqualTo("Review the claim");
            assertThat(t.assignee()).isEqualTo(pavel);
            assertThat(t.due()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z")); // four hours of the clock
            assertThat(t.status()).isEqualTo(TaskStatus.NEW);
            assertThat(t.link()).isEqualTo(new TaskLink(client, null, claim));
        });

        clock.advance(Duration.ofHours(2)); // Friday 12:00 in Moscow
        Instant reviewed = clock.instant();
        RunProgress afterReview = runner.completeStep(review.task(), Outcome.of("no"), pavel);

        assertThat(task(review.task()).status()).isEqualTo(TaskStatus.DONE);
        HandedOutTask fix = afterReview.handedOut().get(0);
        assertThat(afterReview.handedOut()).hasSize(1);
        assertThat(fix.work().step()).isEqualTo(node("fix"));
        assertThat(fix.assignee()).isEqualTo(pavel); // still fewer open tasks than Olga, whose call is open
        // Three working days from Friday noon in Moscow: Monday, Tuesday, Wednesday noon.
        assertThat(task(fix.task()).due()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(task(fix.task()).link()).isEqualTo(new TaskLink(client, null, claim));

        clock.advance(Duration.ofDays(3)); // Monday 12:00
        Instant fixed = clock.instant();
        RunProgress end = runner.completeStep(fix.task(), pavel);

        assertThat(end.handedOut()).isEmpty();
        assertThat(end.endReached()).contains(node("fixed"));
        assertThat(task(fix.task()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(task(olgasCall).status()).isEqualTo(TaskStatus.NEW);
        assertThat(allTasks()).hasSize(3);

        ProcessInstance run = runner.run(started.run());
        assertThat(run.isFinished()).isTrue();
        assertThat(run.history()).extracting(ProcessHistoryEntry::kind, ProcessHistoryEntry::node,
                ProcessHistoryEntry::by, ProcessHistoryEntry::at, ProcessHistoryEntry::outcome,
                ProcessHistoryEntry::assignment).containsExactly(
                tuple(Kind.STARTED, node("start"), irina, FRIDAY_10_MSK, Optional.empty(), Optional.empty()),
                tuple(Kind.STEP_ASSIGNED, node("review"), irina, FRIDAY_10_MSK, Optional.empty(),
                        Optional.of(new Assignment(review.task(), pavel))),
                tuple(Kind.STEP_COMPLETED, node("review"), pavel, reviewed, Optional.of(Outcome.of("no")),
                        Optional.of(new Assignment(review.task(), pavel))),
                tuple(Kind.DECISION_TAKEN, node("supplier-at-fault"), pavel, reviewed, Optional.of(Outcome.of("no")),
                        Optional.empty()),
                tuple(Kind.STEP_ASSIGNED, node("fix"), pavel, reviewed, Optional.empty(),
                        Optional.of(new Assignment(fix.task(), pavel))),
                tuple(Kind.STEP_COMPLETED, node("fix"), pavel, fixed, Optional.empty(),
                        Optional.of(new Assignment(fix.task(), pavel))),
                tuple(Kind.ENDED, node("fixed"), pavel, fixed, Optional.empty(), Optional.empty()));
        assertThat(runner.runsAbout(subject)).extracting(ProcessInstance::id).containsExactly(started.run());
        assertThat(events).extracting(DomainEvent::type).containsExactly("ProcessStarted", "ProcessStepAssigned",
                "ProcessStepCompleted", "ProcessStepAssigned", "ProcessStepCompleted", "ProcessFinished");
    }

    @Test
    void a_claim_the_supplier_is_at_fault_for_goes_to_the_head_of_service_to_follow_up() {
        ProcessRunner runner = runner();
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, olga).handedOut().get(0);
        // Nobody has open work: the tie goes to the agent hired first who still works here.
        assertThat(review.assignee()).isEqualTo(olga);

        clock.advance(Duration.ofHours(2));
        HandedOutTask followUp = runner.completeStep(review.task(), Outcome.of("yes"), olga).handedOut().get(0);

        assertThat(followUp.work().step()).isEqualTo(node("supplier-follow-up"));
        assertThat(followUp.assignee()).isEqualTo(irina);
        // Two working days from Friday noon in Moscow: Tuesday noon.
        assertThat(task(followUp.task())).satisfies(t -> {
            assertThat(t.title()).isEqualTo("Follow up with the supplier");
            assertThat(t.assignee()).isEqualTo(irina);
            assertThat(t.due()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        });

        RunProgress end = runner.completeStep(followUp.task(), irina);

        assertThat(end.endReached()).contains(node("passed-to-supplier"));
        ProcessInstance run = runner.run(end.run());
        assertThat(run.history()).filteredOn(e -> e.kind() == Kind.DECISION_TAKEN)
                .singleElement().satisfies(e -> assertThat(e.outcome()).contains(Outcome.of("yes")));
        assertThat(run.history()).filteredOn(e -> e.kind() == Kind.STEP_COMPLETED)
                .extracting(ProcessHistoryEntry::node, ProcessHistoryEntry::by)
                .containsExactly(tuple(node("review"), olga), tuple(node("supplier-follow-up"), irina));
    }

    @Test
    void an_unsound_process_is_refused_with_the_verifiers_findings_and_nothing_is_created() {
        // The decision has no "otherwise" branch and the follow-up is done by a role that does not take part.
        ProcessDefinition unsound = ProcessDefinition.builder(CLAIM_HANDLING, 2)
                .goal("Every claim is reviewed")
                .participants(AGENT)
                .start("start")
                .step("review", "Review the claim", AGENT, Deadline.within(Duration.ofHours(4)),
                        Effect.of("claim reviewed", "review note"))
                .decision("supplier-at-fault", "the supplier is at fault")
                .step("supplier-follow-up", "Follow up with the supplier", HEAD, Deadline.businessDays(2),
                        Effect.of("supplier claim lodged", "supplier claim"))
                .end("done")
                .flow("start", "review")
                .flow("review", "supplier-at-fault")
                .branch("supplier-at-fault", "yes", "supplier-follow-up")
                .flow("supplier-follow-up", "done")
                .build();

        assertThatThrownBy(() -> runner(unsound).start(CLAIM_HANDLING, subject, irina))
                .isInstanceOfSatisfying(UnsoundDefinition.class, e -> {
                    assertThat(e.report().errors()).extracting(f -> f.code()).contains(
                            FindingCode.DECISION_WITHOUT_OTHERWISE, FindingCode.ROLE_NOT_PARTICIPANT);
                    assertThat(e.report().findings(FindingCode.ROLE_NOT_PARTICIPANT)).singleElement()
                            .satisfies(f -> assertThat(f.nodes()).containsExactly("supplier-follow-up"));
                });
        assertThat(allTasks()).isEmpty();
        assertThat(runs.about(subject)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void completing_a_task_no_process_waits_for_is_a_named_error_and_changes_nothing() {
        ProcessRunner runner = runner();
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, irina).handedOut().get(0);
        TaskId plainTask = crm.as(olga).tasks().create(CreateTask.of("Call the client back", olga, null));
        var before = runner.run(review.work().instance()).snapshot();
        long version = runner.run(review.work().instance()).version();

        assertThatThrownBy(() -> runner.completeStep(plainTask, Outcome.of("no"), olga))
                .isInstanceOf(NotAProcessTask.class)
                .hasMessageContaining(plainTask.toString());

        assertThat(task(plainTask).status()).isEqualTo(TaskStatus.NEW);
        assertThat(task(review.task()).status()).isEqualTo(TaskStatus.NEW);
        assertThat(runner.run(review.work().instance()).snapshot()).isEqualTo(before);
        assertThat(runner.run(review.work().instance()).version()).isEqualTo(version);
        assertThat(allTasks()).hasSize(2);
    }

    @Test
    void a_step_already_completed_cannot_be_completed_again() {
        ProcessRunner runner = runner();
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, irina).handedOut().get(0);
        HandedOutTask fix = runner.completeStep(review.task(), Outcome.of("no"), review.assignee()).handedOut().get(0);
        var before = runner.run(review.work().instance()).snapshot();

        assertThatThrownBy(() -> runner.completeStep(review.task(), Outcome.of("yes"), review.assignee()))
                .isInstanceOf(NotAProcessTask.class);

        assertThat(runner.run(review.work().instance()).snapshot()).isEqualTo(before);
        assertThat(task(fix.task()).status()).isEqualTo(TaskStatus.NEW);
        assertThat(allTasks()).hasSize(2);
    }

    @Test
    void an_agent_cannot_complete_a_colleagues_step_and_the_run_stays_where_it_was() {
        ProcessRunner runner = runner();
        crm.as(olga).tasks().create(CreateTask.of("Call the client back", olga, null));
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, irina).handedOut().get(0);
        assertThat(review.assignee()).isEqualTo(pavel);
        var before = runner.run(review.work().instance()).snapshot();

        assertThatThrownBy(() -> runner.completeStep(review.task(), Outcome.of("no"), olga))
                .isInstanceOf(AccessDenied.class);

        assertThat(task(review.task()).status()).isEqualTo(TaskStatus.NEW);
        assertThat(runner.run(review.work().instance()).snapshot()).isEqualTo(before);
        assertThat(allTasks()).hasSize(2);
    }

    @Test
    void an_outcome_the_decision_has_no_branch_for_is_refused_before_the_task_is_closed() {
        ProcessRunner runner = runner();
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, irina).handedOut().get(0);
        var before = runner.run(review.work().instance()).snapshot();

        assertThatThrownBy(() -> runner.completeStep(review.task(), Outcome.of("maybe"), review.assignee()))
                .isInstanceOf(UnknownOutcome.class)
                .hasMessageContaining("maybe").hasMessageContaining("yes").hasMessageContaining("no");

        assertThat(task(review.task()).status()).isEqualTo(TaskStatus.NEW);
        assertThat(runner.run(review.work().instance()).snapshot()).isEqualTo(before);
        assertThat(allTasks()).hasSize(1);
    }

    @Test
    void a_step_for_a_role_nobody_holds_stops_the_move_with_nothing_written() {
        ProcessDefinition withQualityLead = claimHandling()
                .participant(RoleName.of("quality-lead"))
                .node(new org.crmkit.rules.process.ProcessNode.Step(node("audit"), "Audit the fix",
                        Optional.of(RoleName.of("quality-lead")), Optional.of(Deadline.businessDays(1)),
                        Effect.of("fix audited", "audit note")))
                .build();
        ProcessDefinition rerouted = reroute(withQualityLead);
        ProcessRunner runner = runner(rerouted);
        HandedOutTask review = runner.start(CLAIM_HANDLING, subject, irina).handedOut().get(0);
        var before = runner.run(review.work().instance()).snapshot();

        assertThatThrownBy(() -> runner.completeStep(review.task(), Outcome.of("no"), review.assignee()))
                .isInstanceOf(NoEmployeeForRole.class).hasMessageContaining("quality-lead");

        assertThat(task(review.task()).status()).isEqualTo(TaskStatus.NEW);
        assertThat(runner.run(review.work().instance()).snapshot()).isEqualTo(before);
        assertThat(allTasks()).hasSize(1);
    }

    /** The claim-handling process with the "no" branch going to a quality-lead audit before the fix. */
    private static ProcessDefinition reroute(ProcessDefinition process) {
        ProcessDefinitionBuilder builder = ProcessDefinition.builder(process.key(), process.version())
                .goal(process.goal());
        process.participants().forEach(builder::participant);
        process.nodes().forEach(builder::node);
        process.flows().forEach(flow -> {
            if (flow.from().equals(node("supplier-at-fault")) && flow.otherwise()) {
                builder.otherwise("supplier-at-fault", "no", "audit");
            } else {
                builder.flow(flow);
            }
        });
        return builder.flow("audit", "fix").build();
    }

    @Test
    void a_process_not_in_the_catalog_cannot_be_started() {
        assertThatThrownBy(() -> runner().start(ProcessKey.of("onboarding"), subject, irina))
                .isInstanceOf(ProcessNotInCatalog.class).hasMessageContaining("onboarding");
        assertThat(allTasks()).isEmpty();
    }

    @Test
    void an_employee_who_may_not_read_the_claim_cannot_start_a_process_for_it() {
        assertThatThrownBy(() -> runner().start(CLAIM_HANDLING, subject, anna)).isInstanceOf(AccessDenied.class);
        assertThat(allTasks()).isEmpty();
        assertThat(runs.about(subject)).isEmpty();
    }

    @Test
    void a_company_can_choose_the_assignee_itself_and_a_deal_task_names_the_deal_and_its_client() {
        ProcessDefinition followUp = ProcessDefinition.builder("deal-follow-up", 1)
                .goal("Every won deal gets a follow-up call")
                .participants(StandardRoles.SALES_MANAGER_NAME.value())
                .start("start")
                .step("call", "Call after the sale", StandardRoles.SALES_MANAGER_NAME.value(),
                        Deadline.businessDays(1), Effect.of("client called", "call note"))
                .end("done")
                .flow("start", "call")
                .flow("call", "done")
                .build();
        var deal = crm.as(anna).deals().open(org.crmkit.core.application.deals.OpenDeal.of(client, "Pumps"));
        ProcessRunner runner = ProcessRunner.builder(crm).catalog(ProcessCatalog.of(followUp))
                .assignment(RoleAssignment.by(role -> role.equals(StandardRoles.SALES_MANAGER_NAME) ? anna : null))
                .build();

        HandedOutTask call = runner.start(followUp.key(), SubjectRef.deal(deal.value()), anna).handedOut().get(0);

        assertThat(call.assignee()).isEqualTo(anna);
        assertThat(task(call.task()).link()).isEqualTo(new TaskLink(client, deal, null));
        // Monday to Friday in UTC by default: Friday 07:00 UTC + 1 business day is Monday 07:00 UTC.
        assertThat(task(call.task()).due()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(runner.completeStep(call.task(), anna).endReached()).contains(node("done"));
    }
}
