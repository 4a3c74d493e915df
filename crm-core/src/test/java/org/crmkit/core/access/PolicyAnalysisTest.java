package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** PolicyDiff and PrivilegeEscalation: reviewing a policy before it goes live. */
class PolicyAnalysisTest {
    private static final Permission DEAL_READ = Permission.parse("deal.read");
    private final Company c = new Company();

    @Test
    void the_diff_of_a_policy_with_itself_is_empty() {
        assertThat(PolicyDiff.between(StandardRoles.policy(), StandardRoles.policy(), List.of(c.anna, c.fedor))
                .isEmpty()).isTrue();
    }

    @Test
    void widening_a_role_shows_who_gains_which_permission_and_scope() {
        Policy before = StandardRoles.policy();
        Policy after = before.revise().override(Role.extending(StandardRoles.SALES_MANAGER)
                .grant(DEAL_READ, Scope.DEPARTMENT).revoke(Permission.parse("deal.delete")).build()).build();

        PolicyDiff diff = PolicyDiff.between(before, after, List.of(c.anna, c.boris, c.fedor));

        assertThat(diff.gains()).extracting(PolicyDiff.AccessChange::employee)
                .containsExactlyInAnyOrder(c.anna.employee(), c.boris.employee());
        PolicyDiff.AccessChange gain = diff.gains().get(0);
        assertThat(gain.permission()).isEqualTo(DEAL_READ);
        assertThat(gain.before()).isEqualTo(new Reach(Scope.OWN, null));
        assertThat(gain.after()).isEqualTo(new Reach(Scope.DEPARTMENT, null));
        assertThat(diff.losses()).extracting(PolicyDiff.AccessChange::permission)
                .containsOnly(Permission.parse("deal.delete"));
        assertThat(diff.losses().get(0).after().isEmpty()).isTrue();
    }

    @Test
    void a_new_forbid_and_a_field_change_are_losses_for_holders_only() {
        Policy before = StandardRoles.policy();
        Policy after = before.revise().override(Role.extending(StandardRoles.ANALYST)
                .forbid(Permission.parse("report.export"), Scope.ALL)
                .sees(FieldTag.FINANCIAL, Visibility.MASKED).build()).build();

        PolicyDiff diff = PolicyDiff.between(before, after, List.of(c.galina, c.irina));

        assertThat(diff.losses()).singleElement().satisfies(ch -> {
            assertThat(ch.employee()).isEqualTo(c.galina.employee());
            assertThat(ch.permission()).isEqualTo(Permission.parse("report.export"));
            assertThat(ch.gains()).isFalse();
        });
        assertThat(diff.fieldChanges()).singleElement().satisfies(ch -> {
            assertThat(ch.tag()).isEqualTo(FieldTag.FINANCIAL);
            assertThat(ch.before()).isEqualTo(Visibility.VISIBLE);
            assertThat(ch.after()).isEqualTo(Visibility.MASKED);
            assertThat(ch.gains()).isFalse();
        });
    }

    @Test
    void a_role_that_may_assign_a_wider_role_is_flagged_with_what_exceeds() {
        Role teamLead = Role.named("acme:team-lead").grant(DEAL_READ, Scope.DEPARTMENT)
                .mayAssign(StandardRoles.ANALYST_NAME).build();
        Policy policy = StandardRoles.policy().revise().role(teamLead).build();

        List<PrivilegeEscalation.Finding> findings = PrivilegeEscalation.find(policy);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.assigner()).isEqualTo(teamLead.name());
            assertThat(f.assignable()).isEqualTo(StandardRoles.ANALYST_NAME);
            assertThat(f.excess()).contains("deal.read ALL (assigner has DEPARTMENT)",
                    "financial VISIBLE (assigner sees MASKED)");
            assertThat(f.explain()).startsWith("role acme:team-lead may assign analyst, which exceeds it");
        });
    }

    @Test
    void escalation_through_a_chain_of_assignable_roles_is_found() {
        Role deputy = Role.named("acme:deputy").grant(DEAL_READ, Scope.OWN)
                .mayAssign(StandardRoles.HEAD_OF_SALES_NAME).build();
        Role intern = Role.named("acme:intern").grant(DEAL_READ, Scope.OWN)
                .mayAssign(deputy.name()).build();
        Policy policy = StandardRoles.policy().revise().role(deputy).role(intern).build();

        assertThat(PrivilegeEscalation.find(policy))
                .anySatisfy(f -> {
                    assertThat(f.assigner()).isEqualTo(intern.name());
                    assertThat(f.path()).containsExactly(deputy.name(), StandardRoles.HEAD_OF_SALES_NAME);
                });
    }

    @Test
    void a_role_that_may_assign_only_narrower_roles_is_not_flagged() {
        Role lead = Role.extending(StandardRoles.SALES_MANAGER).rename("acme:lead")
                .grant(DEAL_READ, Scope.DEPARTMENT).mayAssign(StandardRoles.SALES_MANAGER_NAME).build();
        assertThat(PrivilegeEscalation.find(StandardRoles.policy().revise().role(lead).build())).isEmpty();
    }
}
