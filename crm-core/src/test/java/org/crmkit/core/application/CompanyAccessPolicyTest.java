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
}
