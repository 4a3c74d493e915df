package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.access.Company.in;
import static org.crmkit.core.access.Company.ownedBy;

import java.util.Set;
import java.util.UUID;

import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What each ready-made user class can see and do, and what it cannot. */
class StandardRolesScenarioTest {
    private final Company c = new Company();
    private final RoleBasedAccessPolicy policy = c.policy();

    private boolean may(Actor actor, Permission permission, ProtectedRecord record) {
        return policy.decide(actor, permission, record).allowed();
    }

    private static Permission p(String text) {
        return Permission.parse(text);
    }

    @Nested
    class SalesManager {
        @Test
        void a_sales_manager_runs_her_own_deals() {
            ProtectedRecord deal = ownedBy(Resource.DEAL, c.anna);
            for (String action : new String[] {"read", "update", "delete", "share"}) {
                assertThat(may(c.anna, p("deal." + action), deal)).as(action).isTrue();
            }
            assertThat(policy.decide(c.anna, p("deal.create")).allowed()).isTrue();
        }

        @Test
        void a_sales_manager_works_on_a_deal_she_is_assigned_to() {
            ProtectedRecord deal = new ProtectedRecord(Resource.DEAL, UUID.randomUUID(), c.boris.employee(),
                    c.boris.department(), Set.of(c.anna.employee()));
            assertThat(may(c.anna, p("deal.update"), deal)).isTrue();
        }

        @Test
        void a_sales_manager_cannot_read_a_colleagues_deal() {
            ProtectedRecord deal = ownedBy(Resource.DEAL, c.boris);
            Decision d = policy.decide(c.anna, p("deal.read"), deal);
            assertThat(d.allowed()).isFalse();
            assertThat(d.basis()).isEqualTo(Decision.Basis.OUT_OF_SCOPE);
            assertThat(d.explain()).contains("sales-manager", "deal.read", "OWN");
        }

        @Test
        void a_sales_manager_reads_the_clients_of_her_department_but_not_of_another() {
            assertThat(may(c.anna, p("client.read"), ownedBy(Resource.CLIENT, c.boris))).isTrue();
            assertThat(may(c.anna, p("client.update"), ownedBy(Resource.CLIENT, c.boris))).isFalse();
            assertThat(may(c.anna, p("client.read"), ownedBy(Resource.CLIENT, c.vera))).isFalse();
        }

        @Test
        void a_sales_manager_sees_personal_and_financial_data() {
            FieldPolicy fields = policy.fields(c.anna, Resource.CONTACT);
            assertThat(fields.visibility(FieldTag.PERSONAL_DATA)).isEqualTo(Visibility.VISIBLE);
            assertThat(fields.visibility(FieldTag.FINANCIAL)).isEqualTo(Visibility.VISIBLE);
        }

        @Test
        void a_sales_manager_touches_no_claims_employees_or_audit_trail() {
            assertThat(policy.decide(c.anna, p("claim.read")).allowed()).isFalse();
            assertThat(policy.decide(c.anna, p("employee.assign")).allowed()).isFalse();
            assertThat(policy.decide(c.anna, p("audit-trail.read")).allowed()).isFalse();
            assertThat(policy.decide(c.anna, p("report.export")).allowed()).isFalse();
        }
    }

    @Nested
    class HeadOfSales {
        @Test
        void a_head_of_sales_reads_every_deal_in_the_sales_department_tree() {
            assertThat(may(c.clara, p("deal.read"), ownedBy(Resource.DEAL, c.anna))).isTrue();
            assertThat(may(c.clara, p("deal.read"), ownedBy(Resource.DEAL, c.vera))).isTrue();
            assertThat(may(c.clara, p("deal.assign"), in(Resource.DEAL, c.sales))).isTrue();
            assertThat(policy.decide(c.clara, p("deal.read"), ownedBy(Resource.DEAL, c.vera)).explain())
                    .contains("head-of-sales", "DEPARTMENT_TREE");
        }

        @Test
        void a_head_of_sales_cannot_read_a_deal_outside_sales() {
            assertThat(may(c.clara, p("deal.read"), in(Resource.DEAL, c.service))).isFalse();
            assertThat(may(c.clara, p("deal.read"), in(Resource.DEAL, c.company))).isFalse();
        }

        @Test
        void a_head_of_sales_may_make_a_sales_manager_of_someone_in_sales_but_not_an_administrator() {
            ProtectedRecord newcomer = in(Resource.EMPLOYEE, c.salesSpb);
            assertThat(policy.decideRoleAssignment(c.clara, StandardRoles.SALES_MANAGER_NAME, newcomer).allowed())
                    .isTrue();
            assertThat(policy.decideRoleAssignment(c.clara, StandardRoles.ADMINISTRATOR_NAME, newcomer).allowed())
                    .isFalse();
            assertThat(policy.decideRoleAssignment(c.clara, StandardRoles.SALES_MANAGER_NAME,
                    in(Resource.EMPLOYEE, c.service)).allowed()).isFalse();
        }
    }

    @Nested
    class ServiceAgent {
        @Test
        void a_service_agent_handles_his_claims_and_reads_his_departments() {
            assertThat(may(c.denis, p("claim.update"), ownedBy(Resource.CLAIM, c.denis))).isTrue();
            assertThat(may(c.denis, p("claim.read"), ownedBy(Resource.CLAIM, c.dina))).isTrue();
            assertThat(may(c.denis, p("claim.update"), ownedBy(Resource.CLAIM, c.dina))).isFalse();
            assertThat(may(c.denis, p("claim.delete"), ownedBy(Resource.CLAIM, c.denis))).isFalse();
        }

        @Test
        void a_service_agent_finds_any_client_but_sees_no_money() {
            assertThat(may(c.denis, p("client.read"), ownedBy(Resource.CLIENT, c.vera))).isTrue();
            assertThat(may(c.denis, p("deal.read"), ownedBy(Resource.DEAL, c.vera))).isFalse();
            assertThat(policy.fields(c.denis, Resource.CLIENT).visibility(FieldTag.FINANCIAL))
                    .isEqualTo(Visibility.HIDDEN);
        }
    }

    @Nested
    class HeadOfService {
        @Test
        void a_head_of_service_runs_every_claim_of_service_and_none_of_sales() {
            assertThat(may(c.elena, p("claim.assign"), ownedBy(Resource.CLAIM, c.denis))).isTrue();
            assertThat(may(c.elena, p("claim.delete"), ownedBy(Resource.CLAIM, c.dina))).isTrue();
            assertThat(may(c.elena, p("claim.read"), in(Resource.CLAIM, c.sales))).isFalse();
            assertThat(may(c.elena, p("deal.read"), in(Resource.DEAL, c.service))).isFalse();
        }
    }

    @Nested
    class Marketer {
        @Test
        void a_marketer_reads_every_contact_with_personal_data_masked() {
            assertThat(may(c.fedor, p("contact.read"), ownedBy(Resource.CONTACT, c.anna))).isTrue();
            FieldPolicy fields = policy.fields(c.fedor, Resource.CONTACT);
            assertThat(fields.reveal(FieldTag.PERSONAL_DATA, "+79161234567", Masks::phone))
                    .contains("+7 *** ***-45-67");
            assertThat(fields.visibility(FieldTag.FINANCIAL)).isEqualTo(Visibility.HIDDEN);
        }

        @Test
        void a_marketer_changes_no_contact_and_reads_no_deal() {
            assertThat(may(c.fedor, p("contact.update"), ownedBy(Resource.CONTACT, c.fedor))).isFalse();
            assertThat(may(c.fedor, p("deal.read"), ownedBy(Resource.DEAL, c.anna))).isFalse();
        }
    }

    @Nested
    class Analyst {
        @Test
        void an_analyst_reads_everything_and_exports_reports_with_personal_data_masked() {
            assertThat(may(c.galina, p("deal.read"), ownedBy(Resource.DEAL, c.vera))).isTrue();
            assertThat(may(c.galina, p("claim.read"), ownedBy(Resource.CLAIM, c.denis))).isTrue();
            assertThat(policy.decide(c.galina, p("report.export")).allowed()).isTrue();
            assertThat(policy.fields(c.galina, Resource.CONTACT).visibility(FieldTag.PERSONAL_DATA))
                    .isEqualTo(Visibility.MASKED);
            assertThat(policy.fields(c.galina, Resource.DEAL).visibility(FieldTag.FINANCIAL))
                    .isEqualTo(Visibility.VISIBLE);
        }

        @Test
        void an_analyst_changes_nothing_and_exports_no_raw_records() {
            assertThat(may(c.galina, p("deal.update"), ownedBy(Resource.DEAL, c.galina))).isFalse();
            assertThat(policy.decide(c.galina, p("export.create")).allowed()).isFalse();
            assertThat(policy.decide(c.galina, p("audit-trail.read")).allowed()).isFalse();
        }
    }

    @Nested
    class Auditor {
        @Test
        void an_auditor_reads_the_audit_trail_but_changes_nothing() {
            assertThat(policy.decide(c.hugo, p("audit-trail.read")).allowed()).isTrue();
            for (Resource r : new Resource[] {Resource.DEAL, Resource.CLIENT, Resource.AUDIT_TRAIL,
                    Resource.EMPLOYEE}) {
                ProtectedRecord record = in(r, c.company);
                assertThat(may(c.hugo, r.to(Action.READ), record)).as(r + " read").isTrue();
                for (Action a : new Action[] {Action.CREATE, Action.UPDATE, Action.DELETE, Action.ASSIGN,
                        Action.SHARE, Action.EXPORT}) {
                    assertThat(may(c.hugo, r.to(a), record)).as(r + " " + a).isFalse();
                }
            }
            assertThat(policy.fields(c.hugo, Resource.CONTACT).visibility(FieldTag.PERSONAL_DATA))
                    .isEqualTo(Visibility.MASKED);
        }
    }

    @Nested
    class Executive {
        @Test
        void an_executive_reads_every_record_sees_money_but_not_phones() {
            assertThat(may(c.irina, p("deal.read"), ownedBy(Resource.DEAL, c.vera))).isTrue();
            assertThat(may(c.irina, p("deal.update"), ownedBy(Resource.DEAL, c.vera))).isFalse();
            FieldPolicy fields = policy.fields(c.irina, Resource.DEAL);
            assertThat(fields.visibility(FieldTag.FINANCIAL)).isEqualTo(Visibility.VISIBLE);
            assertThat(fields.reveal(FieldTag.PERSONAL_DATA, "ivan@example.com", Masks::email))
                    .contains("i***@example.com");
            assertThat(policy.decide(c.irina, p("audit-trail.read")).allowed()).isFalse();
        }
    }

    @Nested
    class Administrator {
        @Test
        void an_administrator_does_everything_except_rewrite_the_audit_trail() {
            assertThat(may(c.root, p("deal.delete"), ownedBy(Resource.DEAL, c.vera))).isTrue();
            assertThat(may(c.root, p("employee.assign"), in(Resource.EMPLOYEE, c.service))).isTrue();
            assertThat(may(c.root, p("audit-trail.read"), in(Resource.AUDIT_TRAIL, c.company))).isTrue();
            Decision rewrite = policy.decide(c.root, p("audit-trail.delete"), in(Resource.AUDIT_TRAIL, c.company));
            assertThat(rewrite.basis()).isEqualTo(Decision.Basis.FORBID);
        }
    }

    @Test
    void someone_with_no_role_can_do_and_see_nothing() {
        Actor nobody = new Actor(EmployeeId.newId(), c.sales, Set.of());
        assertThat(may(nobody, p("client.read"), ownedBy(Resource.CLIENT, nobody))).isFalse();
        assertThat(policy.filter(nobody, p("client.read")).admitsNothing()).isTrue();
        assertThat(policy.fields(nobody, Resource.CLIENT).visibility(FieldTag.PERSONAL_DATA))
                .isEqualTo(Visibility.HIDDEN);
    }

    @Test
    void roles_add_up_an_analyst_who_is_also_a_sales_manager_updates_her_own_deals_and_reads_all() {
        Actor both = Company.actor(c.salesMoscow, StandardRoles.ANALYST_NAME, StandardRoles.SALES_MANAGER_NAME);
        assertThat(may(both, p("deal.read"), ownedBy(Resource.DEAL, c.vera))).isTrue();
        assertThat(may(both, p("deal.update"), ownedBy(Resource.DEAL, c.vera))).isFalse();
        assertThat(may(both, p("deal.update"), ownedBy(Resource.DEAL, both))).isTrue();
        assertThat(policy.fields(both, Resource.CONTACT).visibility(FieldTag.PERSONAL_DATA))
                .as("the most open visibility wins").isEqualTo(Visibility.VISIBLE);
    }

    @Test
    void the_standard_policy_lets_no_role_assign_more_than_it_holds() {
        assertThat(PrivilegeEscalation.find(StandardRoles.policy())).isEmpty();
    }
}
