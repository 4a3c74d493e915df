package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.AccessAuditTrail;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Grantee;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Scope;
import org.crmkit.core.access.Share;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The access audit table reads back as an {@link AccessAuditTrail}: newest first, limited, every decision rebuilt
 * equal to the one recorded, and an auditor reads it through {@code crm.as(auditor).audit().latest(n)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessAuditTrailContract {
    /** Entries written directly are dated in 2001, before anything the CRM's clock stamps. */
    private static final Instant LONG_AGO = Instant.parse("2001-02-03T04:05:06.123456Z");
    private TestDatabases.Opened db;
    private Crm crm;
    private EmployeeId anna;
    private EmployeeId boris;
    private EmployeeId auditor;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
        // Microsecond ticks: what both databases store, so read-back times compare equal.
        crm = db.storage().crmBuilder().clock(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000))).build();
        CrmSession setup = crm.system("audit test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        anna = hire(setup, "Anna", sales, StandardRoles.SALES_MANAGER_NAME);
        boris = hire(setup, "Boris", sales, StandardRoles.SALES_MANAGER_NAME);
        auditor = hire(setup, "Vera", company, StandardRoles.AUDITOR_NAME);
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private static EmployeeId hire(CrmSession setup, String first, DepartmentId department, RoleName role) {
        return setup.organisation().hire(new HireEmployee(first, null, "Testova", "staff", department,
                Set.of(role.value())));
    }

    @Test
    void an_auditor_reads_the_latest_denials_newest_first_from_the_database() {
        ClientId client = crm.as(anna).clients().onboard(OnboardClient.company("ООО Лютик", "7707083893"));
        DealId deal = crm.as(anna).deals().open(OpenDeal.of(client, "Servers"));
        assertThatThrownBy(() -> crm.as(boris).deals().get(deal)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> crm.as(anna).audit().latest(5)).isInstanceOf(AccessDenied.class);

        List<AccessAuditEntry> latest = crm.as(auditor).audit().latest(2);

        assertThat(latest).hasSize(2);
        AccessAuditEntry trailRead = latest.get(0);
        assertThat(trailRead.actor()).isEqualTo(anna);
        assertThat(trailRead.kind()).isEqualTo(AccessAuditEntry.Kind.DENIAL);
        assertThat(trailRead.permission()).isEqualTo(Permission.of(Resource.AUDIT_TRAIL, Action.READ));
        assertThat(trailRead.decision()).isEqualTo(Decision.noGrant(trailRead.permission()));
        AccessAuditEntry dealRead = latest.get(1);
        assertThat(dealRead.actor()).isEqualTo(boris);
        assertThat(dealRead.recordId()).isEqualTo(deal.value());
        assertThat(dealRead.decision().denied()).isTrue();
        assertThat(dealRead.decision().basis()).isIn(Decision.Basis.OUT_OF_SCOPE, Decision.Basis.NO_GRANT);
        assertThat(dealRead.decision().basis()).isNotEqualTo(Decision.Basis.OTHER);
        assertThat(dealRead.decision().explainRu()).isNotEqualTo(dealRead.decision().explain());
        assertThat(trailRead.at()).isAfterOrEqualTo(dealRead.at());
        // Older entries follow: the system context that set the company up, with its stated reason.
        assertThat(crm.as(auditor).audit().latest(1_000)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AccessAuditEntry.Kind.SYSTEM_CONTEXT);
            assertThat(e.note()).isEqualTo("audit test setup");
        }).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void every_kind_of_decision_reads_back_equal_to_what_was_recorded_newest_first() {
        AccessAuditTrail trail = db.storage().accessAudit();
        Permission readDeal = Permission.of(Resource.DEAL, Action.READ);
        UUID record = UUID.randomUUID();
        RoleName role = StandardRoles.SALES_MANAGER_NAME;
        EmployeeId actor = EmployeeId.newId();
        List<Decision> decisions = List.of(
                Decision.granted(readDeal, role, Scope.DEPARTMENT),
                Decision.shared(readDeal, new Share(Resource.DEAL, record, Grantee.employee(actor), Action.READ)),
                Decision.shared(readDeal, new Share(Resource.DEAL, record,
                        Grantee.department(DepartmentId.newId()), Action.READ)),
                Decision.forbidden(readDeal, role, Scope.ALL),
                Decision.noGrant(readDeal),
                Decision.outOfScope(readDeal, role, Scope.OWN),
                Decision.systemContext(readDeal),
                Decision.deny("denied by the tenant's own policy"));
        List<AccessAuditEntry> written = new java.util.ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            // Two entries share each instant: the id keeps their arrival order.
            AccessAuditEntry entry = new AccessAuditEntry(LONG_AGO.plusSeconds(i / 2), actor, readDeal,
                    Resource.DEAL, i == 4 ? null : record, decisions.get(i),
                    i == 6 ? AccessAuditEntry.Kind.SYSTEM_CONTEXT : AccessAuditEntry.Kind.DENIAL,
                    i == 6 ? "nightly sync" : null);
            trail.record(entry);
            written.add(entry);
        }

        List<AccessAuditEntry> read = trail.latest(10_000).stream().filter(e -> e.actor().equals(actor)).toList();

        java.util.Collections.reverse(written);
        assertThat(read).containsExactlyElementsOf(written);
        assertThat(read).extracting(e -> e.decision().basis()).containsExactly(Decision.Basis.OTHER,
                Decision.Basis.SYSTEM_CONTEXT, Decision.Basis.OUT_OF_SCOPE, Decision.Basis.NO_GRANT,
                Decision.Basis.FORBID, Decision.Basis.SHARE, Decision.Basis.SHARE, Decision.Basis.GRANT);
        assertThat(read.get(2).decision().explainRu()).isEqualTo(decisions.get(5).explainRu());
    }

    @Test
    void latest_returns_at_most_the_limit_and_nothing_for_zero() {
        AccessAuditTrail trail = db.storage().accessAudit();
        List<AccessAuditEntry> all = trail.latest(10_000);
        assertThat(all).hasSizeGreaterThan(2);
        assertThat(trail.latest(2)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(trail.latest(0)).isEmpty();
        assertThatThrownBy(() -> trail.latest(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
