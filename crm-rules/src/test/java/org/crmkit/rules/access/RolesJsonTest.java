package org.crmkit.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Policy;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

class RolesJsonTest {
    private static final String ACME = """
            { "roles": [
              { "name": "acme:key-account", "extends": "sales-manager",
                "grants": [ { "permission": "deal.read", "scope": "DEPARTMENT_TREE" } ],
                "fields": { "personal-data": "VISIBLE" } },
              { "name": "marketer", "overrides": true, "extends": "marketer",
                "fields": { "personal-data": "HIDDEN" } } ] }
            """;

    @Test
    void a_vendor_role_extends_ours_and_an_overridden_marketer_no_longer_sees_contacts_masked() {
        Policy policy = RolesJson.read(ACME, StandardRoles.policy());
        Crm crm = Crm.builder().roles(policy).build();
        CrmSession setup = crm.system("test");
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.root("Sales"));
        DepartmentId north = setup.organisation().createDepartment(CreateDepartment.under(sales, "North"));
        EmployeeId keyAccount = hire(setup, sales, "acme:key-account");
        EmployeeId manager = hire(setup, north, "sales-manager");
        EmployeeId marketer = hire(setup, sales, "marketer");
        ClientId client = crm.as(manager).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));
        crm.as(manager).contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO").withEmail("ivan@romashka.ru"));
        DealId deal = crm.as(manager).deals().open(OpenDeal.of(client, "Servers"));

        assertThat(crm.as(keyAccount).deals().get(deal).title()).isEqualTo("Servers");
        assertThatThrownBy(() -> crm.as(hire(setup, sales, "sales-manager")).deals().get(deal))
                .isInstanceOf(AccessDenied.class);
        assertThat(crm.as(marketer).contacts().ofClient(client)).singleElement()
                .satisfies(c -> assertThat(c.channels()).isEmpty());
        assertThat(policy.role(RoleName.of("acme:key-account"))).isPresent();
        assertThat(policy.version()).isGreaterThan(StandardRoles.policy().version());
    }

    @Test
    void every_problem_of_a_roles_document_is_reported_with_its_path() {
        String broken = """
                { "roles": [
                  { "name": "sales-manager", "grants": [ { "permission": "deal.read" } ] },
                  { "name": "acme:x", "extends": "nobody", "colour": "red" },
                  { "name": "acme:y", "overrides": true } ] }
                """;
        assertThatThrownBy(() -> RolesJson.read(broken, StandardRoles.policy()))
                .isInstanceOfSatisfying(RoleLoadException.class, e -> assertThat(e.problems())
                        .extracting(RoleProblem::path)
                        .contains("$.roles[0].grants[0].scope", "$.roles[1].colour", "$.roles[1].extends",
                                "$.roles[2].overrides"));
    }

    @Test
    void a_role_that_exists_is_replaced_only_when_the_document_says_so() {
        String silent = """
                { "roles": [ { "name": "marketer", "fields": { "personal-data": "VISIBLE" } } ] }
                """;
        assertThatThrownBy(() -> RolesJson.read(silent, StandardRoles.policy()))
                .isInstanceOfSatisfying(RoleLoadException.class, e -> assertThat(e.problems())
                        .extracting(RoleProblem::path).containsExactly("$.roles[0].name"));
    }

    private static EmployeeId hire(CrmSession setup, DepartmentId department, String role) {
        return setup.organisation().hire(new HireEmployee("A", null, "B", "x", department, Set.of(role)));
    }
}
