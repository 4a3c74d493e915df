package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.Client;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Participants;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.UuidV7;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The keyset lists filtered in SQL return exactly what crm-core's in-memory adapters return for the same access
 * filter, for every standard role at every depth of a department tree (OWN, DEPARTMENT, DEPARTMENT_TREE, ALL,
 * with the per-aggregate "assigned" rules), page after page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FilterAgreementContract {
    private TestDatabases.Opened db;
    private Repositories sql;
    private final Repositories memory = Repositories.inMemory();
    private final List<DepartmentId> departments = new ArrayList<>();
    private final List<EmployeeId> employees = new ArrayList<>();
    private RoleBasedAccessPolicy policy;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void storeSameWorldInBoth() {
        db = open();
        sql = db.storage().repositories();
        Random random = new Random(42);
        Snapshots base = new Snapshots();
        // company -> sales -> east; company -> service
        DepartmentId company = new DepartmentId(UuidV7.next());
        DepartmentId salesDept = new DepartmentId(UuidV7.next());
        DepartmentId east = new DepartmentId(UuidV7.next());
        DepartmentId service = new DepartmentId(UuidV7.next());
        List<Department> tree = List.of(Department.root(company, "Company"),
                Department.under(salesDept, "Sales", company), Department.under(east, "East", salesDept),
                Department.under(service, "Service", company));
        tree.forEach(d -> both(r -> r.departments().save(Department.restore(d.snapshot(), 0))));
        departments.addAll(List.of(company, salesDept, east, service));
        for (int i = 0; i < 8; i++) {
            employees.add(new EmployeeId(UuidV7.next()));
        }
        policy = RoleBasedAccessPolicy.of(StandardRoles.policy(), OrgTree.of(tree));

        Client.Snapshot c = base.client();
        both(r -> r.clients().save(Client.restore(c, 0)));
        for (int i = 0; i < 40; i++) {
            EmployeeId owner = pick(random, employees);
            DepartmentId dept = pick(random, departments);
            var d = base.deal();
            Deal.Snapshot deal = new Deal.Snapshot(new org.crmkit.core.deal.DealId(UuidV7.next()), d.client(), d.title(),
                    d.pipeline(), d.stage(), d.status(), d.probability(), List.of(), d.amount(), d.expectedCloseOn(),
                    owner, dept, d.lostReason(), d.contractReference(), d.closedAt(), d.history());
            both(r -> r.deals().save(Deal.restore(deal, 0)));
            var t = base.task();
            Task.Snapshot task = new Task.Snapshot(new org.crmkit.core.task.TaskId(UuidV7.next()), t.title(),
                    t.description(), pick(random, employees), t.createdAt(), owner, dept, t.due(), t.priority(),
                    org.crmkit.core.task.TaskLink.toClient(c.id()), t.status(), t.history(), t.blockedReason(),
                    t.delegations(), List.of(new RouteStep(0, "check", pick(random, employees), dept, null, null,
                    null, null)));
            both(r -> r.tasks().save(Task.restore(task, 0)));
            var cl = base.claim();
            boolean assigned = random.nextBoolean();
            Claim.Snapshot claim = new Claim.Snapshot(new org.crmkit.core.claim.ClaimId(UuidV7.next()), c.id(), null,
                    cl.channel(), cl.category(), cl.severity(), cl.subject(), cl.description(), null, cl.product(),
                    pick(random, employees), pick(random, departments), cl.registeredAt().plusSeconds(i),
                    cl.status(), cl.waitingFor(), cl.history(), assigned ? dept : null, assigned ? owner : null,
                    cl.responseDeadline(), cl.resolutionDeadline(), cl.firstRespondedAt(), cl.escalationLevel(),
                    cl.supplierInvolvements(), cl.resolutionNotes(), cl.rejectionReason(), cl.satisfaction(),
                    cl.reopenCount());
            both(r -> r.claims().save(Claim.restore(claim, 0)));
            var in = base.interaction();
            Interaction.Snapshot interaction = new Interaction.Snapshot(
                    new org.crmkit.core.interaction.InteractionId(UuidV7.next()), in.kind(), in.channel(),
                    in.direction(), in.occurredAt().plusSeconds(random.nextInt(5)),
                    Participants.of(Set.of(pick(random, employees)), Set.of()), in.summary(),
                    org.crmkit.core.interaction.InteractionLinks.toClient(c.id()), owner, dept, in.loggedAt());
            both(r -> r.interactions().save(Interaction.restore(interaction, 0)));
        }
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void sql_filtered_pages_agree_with_the_in_memory_filter_for_every_role_and_department() {
        int compared = 0;
        for (RoleName role : List.of(StandardRoles.SALES_MANAGER_NAME, StandardRoles.HEAD_OF_SALES_NAME,
                StandardRoles.SERVICE_AGENT_NAME, StandardRoles.HEAD_OF_SERVICE_NAME, StandardRoles.MARKETER_NAME,
                StandardRoles.ANALYST_NAME, StandardRoles.EXECUTIVE_NAME, StandardRoles.AUDITOR_NAME)) {
            for (DepartmentId department : departments) {
                for (EmployeeId employee : employees.subList(0, 3)) {
                    Actor actor = new Actor(employee, department, Set.of(role));
                    compared += agree(actor, Resource.DEAL, (r, f) -> pages(p -> r.deals().list(f, p)));
                    compared += agree(actor, Resource.TASK, (r, f) -> pages(p -> r.tasks().list(f, p)));
                    compared += agree(actor, Resource.CLAIM, (r, f) -> pages(p -> r.claims().list(f, p)));
                    compared += agree(actor, Resource.CLIENT, (r, f) -> pages(p -> r.clients().list(f, p)));
                    compared += agree(actor, Resource.INTERACTION, (r, f) -> ids(r.interactions()
                            .timelineOf(new Snapshots().client, f, null, 500).items()));
                }
            }
        }
        assertThat(compared).as("comparisons with at least one admitted record").isGreaterThan(50);
    }

    private int agree(Actor actor, Resource resource, BiFunction<Repositories, RecordFilter, List<Object>> list) {
        RecordFilter filter = policy.filter(actor, resource.to(Action.READ));
        List<Object> expected = list.apply(memory, filter);
        List<Object> actual = list.apply(sql, filter);
        assertThat(actual).as("%s with roles %s in %s: %s", resource, actor.roles(), actor.department(), filter)
                .containsExactlyInAnyOrderElementsOf(expected);
        return expected.isEmpty() ? 0 : 1;
    }

    private static List<Object> pages(java.util.function.Function<PageRequest, Page<?>> read) {
        List<Object> ids = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        while (true) {
            Page<?> page = read.apply(request);
            page.items().forEach(a -> ids.add(((org.crmkit.core.shared.AggregateRoot<?>) a).id()));
            if (page.next().isEmpty()) {
                return ids;
            }
            request = request.next(page.next().get());
        }
    }

    private static List<Object> ids(List<? extends org.crmkit.core.shared.AggregateRoot<?>> items) {
        return new ArrayList<>(items.stream().map(a -> (Object) a.id()).toList());
    }

    private void both(java.util.function.Consumer<Repositories> store) {
        store.accept(memory);
        store.accept(sql);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
