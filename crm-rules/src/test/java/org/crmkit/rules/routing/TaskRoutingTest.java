package org.crmkit.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.rules.Conditions.exists;
import static org.crmkit.rules.Conditions.field;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.organisation.EmployeeAlreadyDismissed;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Conditions;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.Trigger;
import org.crmkit.rules.service.ServiceCompany;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskRoutingTest {
    static final Instant DUE = Instant.parse("2026-03-10T12:00:00Z");

    ServiceCompany co;
    EmployeeProfiles profiles;
    TaskRouter router;
    ClientId client;

    @BeforeEach
    void setUp() {
        co = new ServiceCompany();
        profiles = EmployeeProfiles.inMemory();
        router = TaskRouter.builder(co.repositories, profiles).rules(javaRules()).clock(co.clock).build();
        client = co.system.clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893").withOwner(co.max));
    }

    RuleSet<RoutingRequest> javaRules() {
        return RuleSet.builder("acme:task.routing", RoutingRequest.SCHEMA).combine(Combination.FIRST)
                .effectiveFrom(java.time.LocalDate.of(2026, 1, 1))
                .add(rule("acme:route.vip", 50, field("kind").eq("vip-call"), strategy(AssignmentStrategies.CLIENT_OWNER)),
                        rule("acme:route.skill", 40, exists("skill"), strategy(AssignmentStrategies.BY_SKILL)),
                        rule("acme:route.territory", 30, exists("territory"), strategy(AssignmentStrategies.BY_TERRITORY)),
                        rule("acme:route.follow-up", 20, field("kind").eq("follow-up"), strategy(AssignmentStrategies.ROUND_ROBIN)),
                        rule("acme:route.reassignment", 10, field("kind").eq("reassignment"), strategy(AssignmentStrategies.LEAST_LOADED)),
                        rule("acme:route.lead", 5, field("kind").eq("sales-lead"), new Assignee.ToDepartment(co.sales)),
                        rule("acme:route.default", 0, Conditions.always(), new Assignee.ToEmployee(co.hector)))
                .build();
    }

    static Rule rule(String id, int priority, org.crmkit.rules.Condition when, Assignee to) {
        return Rule.define(id).priority(priority).on(Trigger.onCreate()).when(when).then(new Effect.Assign(to)).build();
    }

    static Assignee strategy(String name) {
        return new Assignee.ByStrategy(name);
    }

    @Test
    void a_vip_call_goes_to_the_clients_owner() {
        RoutingDecision decision = router.route(RoutingRequest.of("vip-call").forClient(client));

        assertThat(decision.employee()).isEqualTo(co.max);
        assertThat(decision.rule().toString()).isEqualTo("acme:route.vip");
    }

    @Test
    void follow_ups_go_round_the_team_in_turn() {
        RoutingRequest followUp = RoutingRequest.of("follow-up").inTeam(co.line1);

        List<EmployeeId> picked = List.of(router.route(followUp).employee(), router.route(followUp).employee(),
                router.route(followUp).employee(), router.route(followUp).employee());

        assertThat(picked).containsExactly(co.hector, co.alice, co.bob, co.hector);
    }

    @Test
    void a_reassignment_goes_to_the_least_loaded_team_member() {
        giveTasks(co.hector, 1);
        giveTasks(co.alice, 2);

        assertThat(router.route(RoutingRequest.of("reassignment").inTeam(co.line1)).employee()).isEqualTo(co.bob);
    }

    @Test
    void work_needing_a_skill_or_a_territory_goes_to_someone_who_has_it() {
        profiles.save(EmployeeProfile.of(co.bob, Set.of("Refunds"), Set.of()));
        profiles.save(EmployeeProfile.of(co.alice, Set.of("english"), Set.of("moscow")));

        assertThat(router.route(RoutingRequest.of("claim").inTeam(co.line1).needing("refunds")).employee()).isEqualTo(co.bob);
        assertThat(router.route(RoutingRequest.of("claim").in("Moscow")).employee()).isEqualTo(co.alice);
    }

    @Test
    void a_lead_goes_to_the_sales_department_and_anything_else_to_the_catch_all() {
        giveTasks(co.sara, 1);

        assertThat(router.route(RoutingRequest.of("sales-lead")).employee()).isEqualTo(co.max);
        RoutingDecision other = router.route(RoutingRequest.of("anything"));
        assertThat(other.employee()).isEqualTo(co.hector);
        assertThat(other.rule().toString()).isEqualTo("acme:route.default");
    }

    @Test
    void when_the_winning_rule_finds_nobody_the_least_loaded_team_member_takes_it() {
        RoutingDecision decision = router.route(RoutingRequest.of("claim").inTeam(co.line1).needing("welding"));

        assertThat(decision.rule().toString()).isEqualTo("acme:route.skill");
        assertThat(decision.how()).startsWith("fallback");
        assertThat(decision.employee()).isEqualTo(co.hector);
    }

    @Test
    void rules_written_in_json_route_exactly_like_the_same_rules_in_java() {
        String json = """
                { "ruleSet": "acme:task.routing", "version": 1, "schema": "task-routing", "combine": "FIRST",
                  "effectiveFrom": "2026-01-01",
                  "rules": [
                    { "id": "acme:route.vip", "trigger": "create", "priority": 50,
                      "when": { "eq": [ { "field": "kind" }, "vip-call" ] }, "then": [ { "assign": { "strategy": "client-owner" } } ] },
                    { "id": "acme:route.skill", "trigger": "create", "priority": 40,
                      "when": { "exists": { "field": "skill" } }, "then": [ { "assign": { "strategy": "by-skill" } } ] },
                    { "id": "acme:route.territory", "trigger": "create", "priority": 30,
                      "when": { "exists": { "field": "territory" } }, "then": [ { "assign": { "strategy": "by-territory" } } ] },
                    { "id": "acme:route.follow-up", "trigger": "create", "priority": 20,
                      "when": { "eq": [ { "field": "kind" }, "follow-up" ] }, "then": [ { "assign": { "strategy": "round-robin" } } ] },
                    { "id": "acme:route.reassignment", "trigger": "create", "priority": 10,
                      "when": { "eq": [ { "field": "kind" }, "reassignment" ] }, "then": [ { "assign": { "strategy": "least-loaded" } } ] },
                    { "id": "acme:route.lead", "trigger": "create", "priority": 5,
                      "when": { "eq": [ { "field": "kind" }, "sales-lead" ] }, "then": [ { "assign": { "department": "%s" } } ] },
                    { "id": "acme:route.default", "trigger": "create", "when": true,
                      "then": [ { "assign": { "employee": "%s" } } ] }
                  ] }
                """.formatted(co.sales.value(), co.hector.value());
        RuleSet<RoutingRequest> fromJson = RuleSetJson.read(json, RoutingRequest.SCHEMA);

        assertThat(fromJson.contentHash()).isEqualTo(javaRules().contentHash());
        TaskRouter jsonRouter = TaskRouter.builder(co.repositories, profiles).rules(fromJson).build();
        for (RoutingRequest request : List.of(RoutingRequest.of("vip-call").forClient(client),
                RoutingRequest.of("reassignment").inTeam(co.line1), RoutingRequest.of("sales-lead"),
                RoutingRequest.of("anything"))) {
            assertThat(jsonRouter.route(request)).isEqualTo(router.route(request));
        }
    }

    @Test
    void a_task_created_through_the_router_is_set_for_the_chosen_employee() {
        TaskId task = router.create(co.system, CreateTask.of("Call back", null, DUE).about(client, null, null),
                RoutingRequest.of("vip-call").forClient(client));

        assertThat(co.repositories.tasks().get(task).assignee()).isEqualTo(co.max);
    }

    @Test
    void the_open_tasks_of_a_dismissed_employee_are_handed_on_by_rule_and_never_to_them() {
        TaskReassignment reassignment = new TaskReassignment(co.crm, co.repositories, router);
        co.listen(reassignment);
        List<TaskId> alices = giveTasks(co.alice, 3);
        co.system.tasks().start(alices.get(2));
        co.system.tasks().complete(alices.get(2));
        giveTasks(co.hector, 1);

        co.system.organisation().dismiss(co.alice);

        Task first = co.repositories.tasks().get(alices.get(0));
        Task second = co.repositories.tasks().get(alices.get(1));
        assertThat(List.of(first.assignee(), second.assignee())).as("each goes to whoever is least loaded then")
                .containsExactly(co.bob, co.hector);
        assertThat(first.delegations()).singleElement().satisfies(d ->
                assertThat(d.reason()).contains("acme:route.reassignment"));
        assertThat(co.repositories.tasks().get(alices.get(2)).assignee()).as("done work stays where it was")
                .isEqualTo(co.alice);
        assertThat(reassignment.reassignTasksOf(co.alice).moved()).as("running it again finds nothing").isEmpty();
        assertThatThrownBy(() -> co.system.tasks().create(CreateTask.of("More", co.alice, DUE)))
                .isInstanceOf(EmployeeAlreadyDismissed.class);
    }

    private List<TaskId> giveTasks(EmployeeId employee, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> co.system.tasks().create(CreateTask.of("Task " + i, employee, DUE))).toList();
    }
}
