package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every field of every aggregate's snapshot survives a save and a load, first as inserted, then as updated; a
 * stale save is refused with the core's typed exception. Runs against each database through a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoundTripContract {
    private TestDatabases.Opened db;
    private Repositories repos;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
        repos = db.storage().repositories();
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private Snapshots storedWorld() {
        Snapshots s = new Snapshots();
        repos.departments().save(Department.restore(s.root(), 0));
        repos.departments().save(Department.restore(s.salesDepartment(), 0));
        repos.employees().save(Employee.restore(s.employee(), 0));
        repos.employees().save(Employee.restore(s.colleague(), 0));
        repos.clients().save(Client.restore(s.client(), 0));
        repos.contacts().save(Contact.restore(s.contact(), 0));
        repos.deals().save(Deal.restore(s.deal(), 0));
        repos.claims().save(Claim.restore(s.claim(), 0));
        repos.tasks().save(Task.restore(s.task(), 0));
        repos.interactions().save(Interaction.restore(s.interaction(), 0));
        return s;
    }

    @Test
    void every_field_of_every_aggregate_survives_save_and_load() {
        Snapshots s = storedWorld();

        assertThat(repos.departments().get(s.company).snapshot()).isEqualTo(s.root());
        assertThat(repos.departments().get(s.sales).snapshot()).isEqualTo(s.salesDepartment());
        assertThat(repos.employees().get(s.anna).snapshot()).isEqualTo(s.employee());
        assertThat(repos.employees().get(s.boris).snapshot()).isEqualTo(s.colleague());
        assertThat(repos.clients().get(s.client).snapshot()).isEqualTo(s.client());
        assertThat(repos.contacts().get(s.contact).snapshot()).isEqualTo(s.contact());
        assertThat(repos.deals().get(s.deal).snapshot()).isEqualTo(s.deal());
        assertThat(repos.claims().get(s.claim).snapshot()).isEqualTo(s.claim());
        assertThat(repos.tasks().get(s.task).snapshot()).isEqualTo(s.task());
        assertThat(repos.interactions().get(s.interaction).snapshot()).isEqualTo(s.interaction());
        assertThat(List.of(repos.clients().get(s.client).version(), repos.tasks().get(s.task).version(),
                repos.interactions().get(s.interaction).version())).containsOnly(1L);
    }

    @Test
    void lists_read_every_field_of_every_row_and_its_children() {
        Snapshots s = storedWorld();
        RoleBasedAccessPolicy policy = RoleBasedAccessPolicy.of(StandardRoles.policy(),
                OrgTree.of(repos.departments().all()));
        // A head of sales of the whole company: the department-subtree condition in SQL admits the records.
        Actor admin = new Actor(s.boris, s.company, java.util.Set.of(StandardRoles.HEAD_OF_SALES_NAME));

        Page<Deal> deals = repos.deals().list(policy.filter(admin, Permission.of(Resource.DEAL, Action.READ)),
                PageRequest.first(10));
        assertThat(deals.items()).extracting(Deal::snapshot).containsExactly(s.deal());
        assertThat(deals.items()).extracting(Deal::version).containsExactly(1L);
        assertThat(repos.deals().ofClient(s.client, policy.filter(admin, Permission.of(Resource.DEAL, Action.READ))))
                .extracting(Deal::snapshot).containsExactly(s.deal());
        assertThat(repos.interactions().timelineOf(s.client, null, 10).items()).extracting(Interaction::snapshot)
                .containsExactly(s.interaction());
        assertThat(repos.interactions().timelineOf(s.client,
                policy.filter(admin, Permission.of(Resource.INTERACTION, Action.READ)), null, 10).items())
                .extracting(Interaction::version).containsExactly(1L);
    }

    @Test
    void an_updated_aggregate_is_stored_whole_and_one_version_higher() {
        Snapshots s = storedWorld();
        Deal deal = repos.deals().get(s.deal);
        Deal.Snapshot changed = new Deal.Snapshot(s.deal, s.client, "Servers and racks", deal.snapshot().pipeline(),
                deal.snapshot().stage(), deal.snapshot().status(), deal.snapshot().probability(), List.of(),
                Money.of("99.99", "EUR"), null, s.boris, s.company, null, null, null,
                deal.snapshot().history().subList(0, 1));
        repos.deals().save(Deal.restore(changed, deal.version()));

        Deal loaded = repos.deals().get(s.deal);
        assertThat(loaded.snapshot()).isEqualTo(changed);
        assertThat(loaded.version()).isEqualTo(2);
    }

    @Test
    void a_save_that_changes_nothing_still_moves_the_version_on() {
        Snapshots s = storedWorld();
        Task task = repos.tasks().get(s.task);
        repos.tasks().save(task);

        assertThat(repos.tasks().get(s.task).version()).isEqualTo(2);
        assertThat(repos.tasks().get(s.task).snapshot()).isEqualTo(s.task());
    }

    @Test
    void saving_a_stale_aggregate_throws_concurrent_modification_and_stores_nothing() {
        Snapshots s = storedWorld();
        Client first = repos.clients().get(s.client);
        Client second = repos.clients().get(s.client);
        first.tag("first", org.crmkit.core.shared.Stamp.of(s.anna, Snapshots.T3));
        repos.clients().save(first);
        second.tag("second", org.crmkit.core.shared.Stamp.of(s.anna, Snapshots.T3));

        assertThatThrownBy(() -> repos.clients().save(second))
                .isInstanceOfSatisfying(ConcurrentModification.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(repos.clients().get(s.client).tags()).contains("first").doesNotContain("second");
    }

    @Test
    void a_new_aggregate_with_a_taken_id_is_a_concurrent_modification() {
        Snapshots s = storedWorld();
        assertThatThrownBy(() -> repos.clients().save(Client.restore(s.client(), 0)))
                .isInstanceOf(ConcurrentModification.class);
    }

    @Test
    void open_claim_stamps_are_the_version_and_history_length_a_load_gives() {
        Snapshots s = storedWorld();
        Claim claim = repos.claims().get(s.claim);
        claim.escalate(3, "still waiting", org.crmkit.core.shared.Stamp.of(s.anna, Snapshots.T3));
        repos.claims().save(claim);
        Claim closed = Claim.restore(new Claim.Snapshot(ClaimId.newId(), s.client, null, ClaimChannel.EMAIL,
                ClaimCategory.of("delivery"), Severity.LOW, "Closed", "Done", null, null, s.boris, s.company,
                Snapshots.T0, ClaimStatus.CLOSED, null, List.of(new ClaimTransition(ClaimStatus.REGISTERED,
                ClaimStatus.CLOSED, s.anna, Snapshots.T1, null, null)), null, null, null, null, null, 0, List.of(),
                null, null, null, 0), 0);
        repos.claims().save(closed);

        Map<ClaimId, String> stamps = new HashMap<>();
        repos.claims().forEachOpenStamp((id, version, historyLength) ->
                assertThat(stamps.put(id, version + " / " + historyLength)).as("handed out once").isNull());
        Map<ClaimId, String> loaded = new HashMap<>();
        repos.claims().forEachOpen(c -> loaded.put(c.id(), c.version() + " / " + c.historyLength()));

        assertThat(stamps).isEqualTo(loaded).containsEntry(s.claim, "2 / 2").doesNotContainKey(closed.id());
    }

    @Test
    void queries_find_what_was_stored() {
        Snapshots s = storedWorld();
        ExternalId key = s.client().externalIds().get("1c");

        assertThat(repos.clients().findByExternalId(key)).map(Client::id).contains(s.client);
        assertThat(repos.clients().ownedBy(s.anna)).extracting(Client::id).contains(s.client);
        assertThat(repos.contacts().ofClient(s.client)).extracting(Contact::id).containsExactly(s.contact);
        assertThat(repos.deals().ofClient(s.client)).extracting(Deal::id).containsExactly(s.deal);
        assertThat(repos.claims().ofClient(s.client)).extracting(Claim::id).containsExactly(s.claim);
        assertThat(repos.claims().open()).extracting(Claim::id).contains(s.claim);
        assertThat(repos.tasks().ofClient(s.client)).extracting(Task::id).containsExactly(s.task);
        assertThat(repos.tasks().assignedTo(s.anna)).extracting(Task::id).contains(s.task);
        assertThat(repos.tasks().open()).extracting(Task::id).contains(s.task);
        assertThat(repos.employees().inDepartment(s.sales)).extracting(Employee::id).containsExactly(s.anna);
        assertThat(repos.interactions().timelineOf(s.client, null, 10).items()).extracting(Interaction::id)
                .containsExactly(s.interaction);
    }
}
