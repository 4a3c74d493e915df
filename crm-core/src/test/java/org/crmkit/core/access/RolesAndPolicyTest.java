package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.crmkit.core.organisation.RoleName;
import org.junit.jupiter.api.Test;

/** Vendors and companies define, extend and override roles; policies are immutable and versioned. */
class RolesAndPolicyTest {
    private static final Permission DEAL_READ = Permission.parse("deal.read");

    @Test
    void a_vendor_defines_a_role_with_its_own_resource_and_action() {
        Permission approve = Permission.parse("acme:contract.acme:approve");
        Role keyAccount = Role.named("acme:key-account")
                .grant(Resource.DEAL, Action.READ, Scope.DEPARTMENT_TREE)
                .grant(approve, Scope.OWN)
                .forbid(Resource.DEAL, Action.DELETE)
                .sees(FieldTag.PERSONAL_DATA, Visibility.MASKED)
                .sees(FieldTag.of("acme:margin"), Visibility.HIDDEN)
                .build();
        assertThat(keyAccount.scopeOf(DEAL_READ)).contains(Scope.DEPARTMENT_TREE);
        assertThat(keyAccount.scopeOf(approve)).contains(Scope.OWN);
        assertThat(keyAccount.forbiddenScopeOf(Permission.parse("deal.delete"))).contains(Scope.ALL);
        assertThat(keyAccount.visibility(FieldTag.FINANCIAL)).as("silent means masked").isEqualTo(Visibility.MASKED);
    }

    @Test
    void granting_a_permission_twice_keeps_the_wider_scope() {
        Role r = Role.named("x").grant(DEAL_READ, Scope.DEPARTMENT).grant(DEAL_READ, Scope.OWN).build();
        assertThat(r.scopeOf(DEAL_READ)).contains(Scope.DEPARTMENT);
    }

    @Test
    void a_company_extends_a_standard_role_under_a_new_name() {
        Role senior = Role.extending(StandardRoles.SALES_MANAGER).rename("acme:senior-sales-manager")
                .grant(DEAL_READ, Scope.DEPARTMENT).revoke(Permission.parse("deal.delete")).build();
        assertThat(senior.name()).isEqualTo(RoleName.of("acme:senior-sales-manager"));
        assertThat(senior.scopeOf(DEAL_READ)).contains(Scope.DEPARTMENT);
        assertThat(senior.scopeOf(Permission.parse("deal.delete"))).isEmpty();
        assertThat(senior.scopeOf(Permission.parse("client.update"))).contains(Scope.OWN);
        assertThat(StandardRoles.SALES_MANAGER.scopeOf(DEAL_READ)).as("the base is untouched").contains(Scope.OWN);
    }

    @Test
    void a_company_overrides_a_standard_role_and_gets_a_new_version() {
        Policy ours = StandardRoles.policy();
        Policy theirs = ours.revise()
                .override(Role.extending(StandardRoles.MARKETER).sees(FieldTag.FINANCIAL, Visibility.MASKED).build())
                .build();
        assertThat(theirs.version()).isEqualTo(ours.version() + 1);
        assertThat(theirs.role(StandardRoles.MARKETER_NAME).orElseThrow().visibility(FieldTag.FINANCIAL))
                .isEqualTo(Visibility.MASKED);
        assertThat(ours.role(StandardRoles.MARKETER_NAME).orElseThrow().visibility(FieldTag.FINANCIAL))
                .isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void a_policy_refuses_duplicates_overrides_of_nothing_and_unknown_assignable_roles() {
        assertThatThrownBy(() -> Policy.builder().roles(StandardRoles.all()).role(StandardRoles.ANALYST))
                .isInstanceOf(InvalidPolicy.class).hasMessageContaining("defined twice");
        assertThatThrownBy(() -> Policy.builder().override(Role.named("acme:typo").build()))
                .isInstanceOf(InvalidPolicy.class).hasMessageContaining("nothing to override");
        Role boss = Role.named("acme:boss").mayAssign(RoleName.of("acme:missing")).build();
        assertThatThrownBy(() -> Policy.builder().role(boss).build())
                .isInstanceOf(InvalidPolicy.class).hasMessageContaining("acme:missing");
    }

    @Test
    void every_standard_role_survives_a_round_trip_through_plain_data() {
        for (Role r : StandardRoles.all()) {
            assertThat(Role.from(r.definition())).isEqualTo(r);
        }
    }

    @Test
    void a_loader_builds_a_role_from_strings() {
        RoleDefinition d = new RoleDefinition("acme:key-account",
                List.of(new RoleDefinition.ScopedPermission("deal.read", "DEPARTMENT_TREE")),
                List.of(new RoleDefinition.ScopedPermission("deal.delete", "ALL")),
                Map.of("personal-data", "VISIBLE"), Map.of("financial", "MASKED"), List.of());
        Role r = Role.from(d);
        assertThat(r.scopeOf(DEAL_READ)).contains(Scope.DEPARTMENT_TREE);
        assertThat(r.fieldLimits()).containsEntry(FieldTag.FINANCIAL, Visibility.MASKED);
    }

    @Test
    void a_malformed_definition_names_the_role_and_the_bad_value() {
        RoleDefinition d = new RoleDefinition("acme:key-account",
                List.of(new RoleDefinition.ScopedPermission("deal.read", "EVERYWHERE")), null, null, null, null);
        assertThatThrownBy(() -> Role.from(d)).isInstanceOf(InvalidPolicy.class)
                .hasMessageContaining("acme:key-account").hasMessageContaining("scope")
                .extracting(e -> ((InvalidPolicy) e).code()).isEqualTo("access.policy.invalid");
    }
}
