package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.ExternalIdTaken;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database's unique constraint on (external system, key) surfaces as the core's {@link ExternalIdTaken}
 * naming the client that holds the key, never as a persistence exception, and the refused client is not stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExternalIdConflictContract {
    private TestDatabases.Opened db;
    private Crm crm;
    private EmployeeId anna;
    private DepartmentId sales;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
        crm = db.storage().crmBuilder().build();
        CrmSession setup = crm.system("external id test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "manager", sales,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private Client clientWithKey(String name, ExternalId key) {
        Stamp stamp = Stamp.of(anna, Instant.parse("2026-03-02T10:00:00Z"));
        Client client = Client.onboardCompany(ClientId.newId(), name, List.of(), anna, sales, stamp);
        client.linkExternalId(key, stamp);
        return client;
    }

    @Test
    void a_second_client_saved_with_a_taken_key_is_refused_naming_the_holder() {
        ExternalId key = ExternalId.of("amo", "deal-1001");
        Client first = clientWithKey("ООО Первый", key);
        db.storage().repositories().clients().save(first);
        Client second = clientWithKey("ООО Второй", key);

        assertThatThrownBy(() -> db.storage().repositories().clients().save(second))
                .isInstanceOfSatisfying(ExternalIdTaken.class, e -> {
                    assertThat(e.code()).isEqualTo("client.external-id-taken");
                    assertThat(e.getMessage()).contains("amo:deal-1001", first.id().toString());
                    assertThat(e.messageRu()).contains("уже принадлежит клиенту " + first.id());
                });
        assertThat(db.storage().repositories().clients().find(second.id())).isEmpty();
        assertThat(db.storage().repositories().clients().findByExternalId(key)).get()
                .extracting(Client::id).isEqualTo(first.id());
    }

    @Test
    void linking_a_taken_key_to_a_stored_client_is_refused_and_leaves_it_as_it_was() {
        ExternalId key = ExternalId.of("amo", "deal-2002");
        Client holder = clientWithKey("ООО Держатель", key);
        db.storage().repositories().clients().save(holder);
        Client other = Client.onboardCompany(ClientId.newId(), "ООО Другой", List.of(), anna, sales,
                Stamp.of(anna, Instant.parse("2026-03-02T10:00:00Z")));
        db.storage().repositories().clients().save(other);
        Client loaded = db.storage().repositories().clients().get(other.id());
        loaded.linkExternalId(key, Stamp.of(anna, Instant.parse("2026-03-02T11:00:00Z")));

        assertThatThrownBy(() -> db.storage().repositories().clients().save(loaded))
                .isInstanceOfSatisfying(ExternalIdTaken.class,
                        e -> assertThat(e.getMessage()).contains(holder.id().toString()));
        Client after = db.storage().repositories().clients().get(other.id());
        assertThat(after.externalIds()).isEmpty();
        assertThat(after.version()).isEqualTo(1);
    }

    @Test
    void two_sessions_racing_for_one_key_leave_one_client_and_a_typed_error() throws Exception {
        ExternalId key = ExternalId.of("amo", "deal-3003");
        Client early = clientWithKey("ООО Ранний", key);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The early writer inserts the key and holds its transaction open; the session's check cannot see it.
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> db.storage().transactions()
                .inTransaction(() -> {
                    db.storage().repositories().clients().save(early);
                    inserted.countDown();
                    await(release);
                    return null;
                }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ClientId> late = CompletableFuture.supplyAsync(() -> crm.as(anna).clients()
                .onboard(OnboardClient.company("ООО Поздний", null).withExternalId("amo", "deal-3003")));
        // Give the late session time to pass its check and block on the unique index, then commit the early one.
        Thread.sleep(500);
        assertThat(late).isNotDone();
        release.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> late.get(30, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ExternalIdTaken.class,
                        e -> assertThat(e.getMessage()).contains(early.id().toString()));
        assertThat(db.storage().repositories().clients().all())
                .filteredOn(c -> c.externalId("amo").filter(key::equals).isPresent())
                .extracting(Client::id).containsExactly(early.id());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
