package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.access.Company.in;
import static org.crmkit.core.access.Company.ownedBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.internal.memory.InMemoryAccessAudit;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.Test;

/** Decisions name what decided them; whyNot says what would change them; shares and forbids. */
class ExplanationsAndSharesTest {
    private static final Permission DEAL_READ = Permission.parse("deal.read");
    private static final Permission DEAL_DELETE = Permission.parse("deal.delete");

    private final Company c = new Company();
    private final Role cautious = Role.named("acme:cautious").forbid(Resource.DEAL, Action.DELETE).build();
    private final RoleBasedAccessPolicy policy = c.policy(StandardRoles.policy().revise().role(cautious).build());

    @Test
    void an_allow_names_the_role_the_grant_and_its_scope() {
        Decision d = policy.decide(c.clara, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        assertThat(d.basis()).isEqualTo(Decision.Basis.GRANT);
        assertThat(d.role()).contains(StandardRoles.HEAD_OF_SALES_NAME);
        assertThat(d.scope()).contains(Scope.DEPARTMENT_TREE);
        assertThat(d.permission()).contains(DEAL_READ);
        assertThat(d.explain()).isEqualTo("allowed: role head-of-sales grants deal.read at scope DEPARTMENT_TREE");
        assertThat(d.explainRu()).contains("head-of-sales", "свой отдел и подчинённые");
    }

    @Test
    void an_owner_whose_id_hashes_like_the_actors_is_still_someone_else() {
        // A bound actor keeps only its id's hash; XOR-ing both halves with one value keeps UUID.hashCode().
        UUID mine = c.anna.employee().value();
        long flip = 0x5A5A_0000_0000_0001L;
        EmployeeId twin = new EmployeeId(new UUID(mine.getMostSignificantBits() ^ flip,
                mine.getLeastSignificantBits() ^ flip));
        assertThat(twin.value().hashCode()).isEqualTo(mine.hashCode());
        assertThat(twin).isNotEqualTo(c.anna.employee());
        ProtectedRecord theirs = new ProtectedRecord(Resource.DEAL, UUID.randomUUID(), twin, c.salesSpb, Set.of());
        ProtectedRecord hers = new ProtectedRecord(Resource.DEAL, UUID.randomUUID(),
                new EmployeeId(new UUID(mine.getMostSignificantBits(), mine.getLeastSignificantBits())), c.salesSpb,
                Set.of());

        ActorAccess anna = policy.bind(c.anna);
        assertThat(anna.decide(DEAL_READ, theirs).allowed()).isFalse();
        assertThat(anna.filter(DEAL_READ).admits(theirs)).isFalse();
        assertThat(anna.decide(DEAL_READ, hers).allowed()).as("an equal id in another object").isTrue();
        assertThat(anna.decide(DEAL_READ, hers).scope()).contains(Scope.OWN);
    }

    @Test
    void a_default_deny_says_no_grant() {
        Decision d = policy.decide(c.fedor, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        assertThat(d.explain()).isEqualTo("denied: no grant of deal.read");
        assertThat(d.basis()).isEqualTo(Decision.Basis.NO_GRANT);
    }

    @Test
    void allow_decisions_are_prepared_once_and_shared_between_requests() {
        Decision first = policy.decide(c.clara, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        Decision second = policy.decide(c.clara, DEAL_READ, ownedBy(Resource.DEAL, c.vera));
        assertThat(second).isSameAs(first);
    }

    @Test
    void why_not_proposes_the_narrowest_scope_that_would_reach_the_record() {
        Actor atSalesHeadOffice = Company.actor(c.sales, StandardRoles.SALES_MANAGER_NAME);
        Explanation e = policy.whyNot(atSalesHeadOffice, DEAL_READ, ownedBy(Resource.DEAL, c.vera));
        assertThat(e.allowed()).isFalse();
        assertThat(e.remedies()).contains(
                "would be allowed with scope DEPARTMENT_TREE on deal.read (role sales-manager has OWN)",
                "would be allowed if the record were shared with you or your department for deal.read");
        Explanation sameDepartment = policy.whyNot(c.anna, DEAL_READ, ownedBy(Resource.DEAL, c.boris));
        assertThat(sameDepartment.remedies().get(0)).contains("scope DEPARTMENT on deal.read");
        Explanation otherBranch = policy.whyNot(c.anna, DEAL_READ, ownedBy(Resource.DEAL, c.vera));
        assertThat(otherBranch.remedies().get(0)).contains("scope ALL on deal.read");
    }

    @Test
    void why_not_without_any_grant_names_the_missing_grant() {
        Explanation e = policy.whyNot(c.fedor, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        assertThat(e.remedies().get(0)).isEqualTo(
                "would be allowed with a grant of deal.read at scope ALL (none of your roles grants deal.read)");
        assertThat(policy.whyNot(c.fedor, DEAL_READ).remedies())
                .containsExactly("would be allowed with a grant of deal.read at any scope");
    }

    @Test
    void why_not_says_that_no_grant_lifts_a_forbid() {
        Actor careful = Company.actor(c.salesMoscow, StandardRoles.SALES_MANAGER_NAME, cautious.name());
        Explanation e = policy.whyNot(careful, DEAL_DELETE, ownedBy(Resource.DEAL, careful));
        assertThat(e.decision().basis()).isEqualTo(Decision.Basis.FORBID);
        assertThat(e.text()).contains("forbidden by role acme:cautious: forbid deal.delete — no grant or share can lift it");
        assertThat(policy.decide(careful, DEAL_DELETE).allowed()).isFalse();
    }

    @Test
    void an_allowed_request_needs_no_remedy() {
        assertThat(policy.whyNot(c.anna, DEAL_READ, ownedBy(Resource.DEAL, c.anna)).remedies()).isEmpty();
    }

    @Test
    void a_deal_shared_with_a_colleague_becomes_readable_by_her_only_for_that_action() {
        ProtectedRecord deal = ownedBy(Resource.DEAL, c.boris);
        c.shares.add(new Share(Resource.DEAL, deal.id(), Grantee.employee(c.anna.employee()), Action.READ));

        Decision d = policy.decide(c.anna, DEAL_READ, deal);
        assertThat(d.basis()).isEqualTo(Decision.Basis.SHARE);
        assertThat(d.explain()).contains("shared with employee " + c.anna.employee());
        assertThat(policy.decide(c.anna, Permission.parse("deal.update"), deal).allowed()).isFalse();
        assertThat(policy.decide(c.vera, DEAL_READ, deal).allowed()).isFalse();
        assertThat(policy.filter(c.anna, DEAL_READ).admits(deal)).isTrue();
        assertThat(policy.filter(c.anna, DEAL_READ).sharedRecordIds()).containsExactly(deal.id());
    }

    @Test
    void a_deal_shared_with_a_department_is_readable_by_its_members() {
        ProtectedRecord deal = ownedBy(Resource.DEAL, c.anna);
        c.shares.add(new Share(Resource.DEAL, deal.id(), Grantee.department(c.salesSpb), Action.READ));
        assertThat(policy.decide(c.vera, DEAL_READ, deal).allowed()).isTrue();
        assertThat(policy.decide(c.denis, DEAL_READ, deal).allowed()).isFalse();
        assertThat(policy.filter(c.vera, DEAL_READ).admits(deal)).isTrue();
    }

    @Test
    void a_forbid_beats_a_share() {
        Actor careful = Company.actor(c.salesMoscow, StandardRoles.SALES_MANAGER_NAME, cautious.name());
        ProtectedRecord deal = ownedBy(Resource.DEAL, c.boris);
        c.shares.add(new Share(Resource.DEAL, deal.id(), Grantee.employee(careful.employee()), Action.DELETE));
        assertThat(policy.decide(careful, DEAL_DELETE, deal).basis()).isEqualTo(Decision.Basis.FORBID);
        assertThat(policy.filter(careful, DEAL_DELETE).admits(deal)).isFalse();
        assertThat(policy.filter(careful, DEAL_DELETE).admitsNothing()).isTrue();
    }

    @Test
    void a_scoped_forbid_takes_away_only_what_its_scope_admits() {
        // Four eyes: a head of sales may approve deals of her tree, never her own.
        Permission approve = Permission.of(Resource.DEAL, Action.of("acme:approve"));
        Role approver = Role.named("acme:approver").grant(approve, Scope.DEPARTMENT_TREE).forbid(approve, Scope.OWN)
                .build();
        RoleBasedAccessPolicy p = c.policy(Policy.builder().role(approver).build());
        Actor head = Company.actor(c.sales, approver.name());
        assertThat(p.decide(head, approve, ownedBy(Resource.DEAL, c.anna)).allowed()).isTrue();
        Decision own = p.decide(head, approve, ownedBy(Resource.DEAL, head));
        assertThat(own.basis()).isEqualTo(Decision.Basis.FORBID);
        assertThat(own.explain()).contains("forbids deal.acme:approve at scope OWN");
        assertThat(p.decide(head, approve).allowed()).as("the function stays usable").isTrue();
        ScopedRecordFilter filter = p.filter(head, approve);
        assertThat(filter.forbidden()).map(ScopedRecords::scope).contains(Scope.OWN);
        assertThat(filter.admits(ownedBy(Resource.DEAL, head))).isFalse();
    }

    @Test
    void the_filter_exposes_its_structure_for_sql() {
        ScopedRecordFilter filter = policy.filter(c.clara, DEAL_READ);
        ScopedRecords granted = filter.granted().orElseThrow();
        assertThat(granted.scope()).isEqualTo(Scope.DEPARTMENT_TREE);
        assertThat(granted.employee()).isEqualTo(c.clara.employee());
        assertThat(granted.department()).isEqualTo(c.sales);
        assertThat(granted.subtree()).contains(c.tree.interval(c.sales));
        assertThat(filter.forbidden()).isEmpty();
        assertThat(filter.admitsAll()).isFalse();
        assertThat(policy.filter(c.galina, DEAL_READ).admitsAll()).isTrue();
        assertThat(policy.filter(c.fedor, DEAL_READ).admitsNothing()).isTrue();
    }

    @Test
    void field_policies_explain_which_tags_are_masked_and_why() {
        String why = policy.fields(c.fedor, Resource.CONTACT).explain();
        assertThat(why).contains("personal-data MASKED (role marketer sees it MASKED)", "financial HIDDEN",
                "other tags MASKED");
    }

    @Test
    void a_field_forbid_caps_what_other_roles_would_show() {
        Role noMoney = Role.named("acme:no-money").forbid(FieldTag.FINANCIAL).build();
        RoleBasedAccessPolicy p = c.policy(StandardRoles.policy().revise().role(noMoney).build());
        Actor exec = Company.actor(c.company, StandardRoles.EXECUTIVE_NAME, noMoney.name());
        assertThat(p.fields(exec, Resource.DEAL).visibility(FieldTag.FINANCIAL)).isEqualTo(Visibility.HIDDEN);
        assertThat(p.fields(exec, Resource.DEAL).explain()).contains("role acme:no-money forbids more than HIDDEN");
    }

    @Test
    void access_denied_carries_the_decision_in_english_and_russian() {
        Decision d = policy.decide(c.fedor, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        assertThatThrownBy(d::orThrow).isInstanceOfSatisfying(AccessDenied.class, e -> {
            assertThat(e.code()).isEqualTo("access.denied");
            assertThat(e.decision()).isSameAs(d);
            assertThat(e.getMessage()).contains("no grant of deal.read");
            assertThat(e.messageRu()).startsWith("Доступ запрещён").contains("deal.read");
        });
    }

    @Test
    void every_denial_is_audited_and_allows_are_not() {
        InMemoryAccessAudit audit = new InMemoryAccessAudit();
        Instant now = Instant.parse("2025-03-01T10:00:00Z");
        AccessPolicy audited = new AuditedAccessPolicy(policy, audit, Clock.fixed(now, ZoneOffset.UTC));
        ProtectedRecord colleagues = ownedBy(Resource.DEAL, c.boris);
        audited.decide(c.anna, DEAL_READ, ownedBy(Resource.DEAL, c.anna));
        audited.decide(c.anna, DEAL_READ, colleagues);
        audited.decide(c.anna, Permission.parse("audit-trail.read"));
        audit.record(AccessAuditEntry.systemContext(now, c.root.employee(), Permission.parse("claim.update"), null));

        assertThat(audit.entries()).hasSize(3);
        AccessAuditEntry denial = audit.entries().get(0);
        assertThat(denial.kind()).isEqualTo(AccessAuditEntry.Kind.DENIAL);
        assertThat(denial.recordId()).isEqualTo(colleagues.id());
        assertThat(denial.actor()).isEqualTo(c.anna.employee());
        assertThat(denial.at()).isEqualTo(now);
        assertThat(denial.decision().basis()).isEqualTo(Decision.Basis.OUT_OF_SCOPE);
        assertThat(audit.entries().get(1).recordId()).isNull();
        assertThat(audit.entries(AccessAuditEntry.Kind.SYSTEM_CONTEXT)).hasSize(1);
    }

    @Test
    void a_record_of_another_resource_is_refused_not_misjudged() {
        Decision d = policy.decide(c.galina, DEAL_READ, ownedBy(Resource.CLIENT, c.anna));
        assertThat(d.allowed()).isFalse();
        assertThat(policy.filter(c.galina, DEAL_READ).admits(ownedBy(Resource.CLIENT, c.anna))).isFalse();
    }

    @Test
    void roles_the_policy_does_not_define_grant_nothing() {
        Actor stranger = Company.actor(c.sales, RoleName.of("acme:ghost"));
        assertThat(policy.decide(stranger, DEAL_READ, in(Resource.DEAL, c.sales)).allowed()).isFalse();
    }
}
