package org.crmkit.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Policy;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Role;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.Scope;
import org.crmkit.core.access.Shares;
import org.crmkit.core.internal.memory.InMemoryDepartments;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** What a session binds its actor to: the company's policy over the tree as it is now. */
class CompanyAccessPolicyTest {
    private static final Permission READ = Permission.parse("deal.read");
    private final InMemoryDepartments departments = new InMemoryDepartments();
    private final DepartmentId company = new DepartmentId(UUID.randomUUID());
    private final DepartmentId sales = new DepartmentId(UUID.randomUUID());
    private final CompanyAccessPolicy policy;
    private final Actor head;

    CompanyAccessPolicyTest() {
        departments.save(Department.root(company, "Company"));
        departments.save(Department.under(sales, "Sales", company));
        RoleName headOfSales = RoleName.of("head-of-sales");
        policy = new CompanyAccessPolicy(Policy.builder()
                .role(Role.named(headOfSales).grant(READ, Scope.DEPARTMENT_TREE).build()).build(),
                departments, Shares.none());
        head = new Actor(new EmployeeId(UUID.randomUUID()), sales, Set.of(headOfSales));
    }

    private ProtectedRecord dealIn(DepartmentId department) {
        return new ProtectedRecord(Resource.DEAL, UUID.randomUUID(), new EmployeeId(UUID.randomUUID()), department,
                Set.of());
    }

    @Test
    void the_current_policy_stays_the_same_until_the_structure_changes() {
        RoleBasedAccessPolicy first = policy.current(head, dealIn(sales));
        assertThat(policy.current(head, null)).isSameAs(first);
        policy.structureChanged();
        assertThat(policy.current(head, null)).isNotSameAs(first);
    }

    @Test
    void a_record_in_a_department_the_tree_does_not_know_yet_rebuilds_it_and_a_new_binding_sees_it() {
        RoleBasedAccessPolicy before = policy.current(head, null);
        assertThat(before.bind(head).decide(READ, dealIn(sales)).allowed()).isTrue();
        DepartmentId east = new DepartmentId(UUID.randomUUID());
        departments.save(Department.under(east, "Sales East", sales));
        ProtectedRecord eastDeal = dealIn(east);

        RoleBasedAccessPolicy after = policy.current(head, eastDeal);

        assertThat(after).isNotSameAs(before);
        Decision bound = after.bind(head).decide(READ, eastDeal);
        assertThat(bound.allowed()).isTrue();
        assertThat(bound).isEqualTo(policy.decide(head, READ, eastDeal));
        assertThat(before.bind(head).decide(READ, eastDeal).allowed()).as("the old tree never heard of East")
                .isFalse();
    }

    @Test
    void a_department_that_moves_out_of_the_subtree_leaves_it_even_for_records_placed_in_the_old_tree() {
        // Ids in the order the repository lists them, so that the positions below are known.
        DepartmentId top = new DepartmentId(new UUID(1, 1));
        DepartmentId sales = new DepartmentId(new UUID(1, 2));
        DepartmentId moving = new DepartmentId(new UUID(1, 3));
        DepartmentId service = new DepartmentId(new UUID(1, 4));
        DepartmentId staying = new DepartmentId(new UUID(1, 5));
        InMemoryDepartments structure = new InMemoryDepartments();
        structure.save(Department.root(top, "Company"));
        structure.save(Department.under(sales, "Sales", top));
        structure.save(Department.under(moving, "Key accounts", sales));
        structure.save(Department.under(service, "Service", top));
        structure.save(Department.under(staying, "Sales East", sales));
        CompanyAccessPolicy live = new CompanyAccessPolicy(this.policy.policy(), structure, Shares.none());
        Actor headOfSales = new Actor(head.employee(), sales, head.roles());
        RoleBasedAccessPolicy before = live.current(headOfSales, null);
        ProtectedRecord placedBefore = dealIn(moving).placedIn(before.tree());
        assertThat(before.bind(headOfSales).decide(READ, placedBefore).allowed()).isTrue();

        // The move: the stored department, re-parented (as an organisation use case would save it).
        structure.save(Department.restore(new Department.Snapshot(moving, "Key accounts", service, null), 1));
        live.structureChanged();
        RoleBasedAccessPolicy after = live.current(headOfSales, placedBefore);

        // The old position of the moved department now lies inside Sales' subtree (it is Sales East's): a check
        // that trusted the stale placement would still let the head of sales in.
        assertThat(after.tree().interval(sales).contains((int) placedBefore.placement())).isTrue();
        assertThat(after.tree().placedPosition(placedBefore.placement())).isEqualTo(-1);
        Decision stale = after.bind(headOfSales).decide(READ, placedBefore);
        assertThat(stale.allowed()).isFalse();
        assertThat(stale.basis()).isEqualTo(Decision.Basis.OUT_OF_SCOPE);
        assertThat(live.decide(headOfSales, READ, placedBefore)).isEqualTo(stale);
        assertThat(after.bind(headOfSales).decide(READ, placedBefore.placedIn(after.tree()))).isEqualTo(stale);
        assertThat(after.bind(headOfSales).decide(READ, dealIn(staying).placedIn(after.tree())).allowed()).isTrue();
        assertThat(before.bind(headOfSales).decide(READ, placedBefore).allowed())
                .as("a binding keeps the structure it was made with").isTrue();
    }
}
