package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Violation;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.PhoneNumber;
import org.crmkit.core.shared.TaxId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link BulkImport} writes clients with their contact in chunks, is idempotent by external id (a re-run after a
 * failure in the middle completes the import without duplicates; a re-run of a complete import changes nothing),
 * reports rejected rows with their reasons, and leaves records the normal repositories and use cases work with.
 * Each test imports under its own external system, so they share one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkImportContract {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    private TestDatabases.Opened db;
    private Crm crm;
    private EmployeeId anna;
    private EmployeeId importer;
    private DepartmentId sales;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
        crm = db.storage().crmBuilder().build();
        CrmSession setup = crm.system("bulk import test setup");
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "manager", sales,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
        importer = setup.organisation().hire(new HireEmployee("Ivan", null, "Migrator", "admin", company,
                Set.of(StandardRoles.ADMINISTRATOR_NAME.value())));
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    private BulkImport bulk() {
        return BulkImport.into(db.storage()).chunkSize(5).importedBy(importer).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** {@code count} valid rows of the system, keys K-0.., plus the bad rows and a repeated key at fixed places. */
    private List<ImportedClient> rows(String system, int count) {
        List<ImportedClient> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new ImportedClient(system, "K-" + i, "ООО Клиент " + i, i % 2 == 0 ? "7707083893" : null,
                    anna, null, "Пётр", "Иванов-" + i, "petr" + i + "@client.ru", "+7 916 000-00-" + (10 + i)));
            if (i == 3) {
                rows.add(new ImportedClient(system, "BAD-1", " ", null, anna, null, "Ann", "Lee", "not-an-email",
                        null));
            }
            if (i == 8) {
                rows.add(new ImportedClient(system, "BAD-2", "ООО Никто", null, EmployeeId.newId(), null, "Ann",
                        "Lee", null, "12"));
                rows.add(new ImportedClient(system, "K-2", "ООО Клиент 2 (дубль)", null, anna, null, "A", "B",
                        null, null));
            }
        }
        return rows;
    }

    @Test
    void an_import_that_fails_in_its_second_chunk_completes_on_a_rerun_without_duplicates() throws SQLException {
        String system = "failing-crm";
        List<ImportedClient> input = rows(system, 20);  // 23 rows: 20 valid, 2 rejected, 1 repeated key
        long clientsBefore = count("SELECT COUNT(*) FROM crm_clients");
        long contactsBefore = count("SELECT COUNT(*) FROM crm_contacts");
        AtomicBoolean failedOnce = new AtomicBoolean();
        ChunkListener failSecondChunkOnce = new ChunkListener() {
            @Override
            public void beforeCommit(int chunk, ImportReport outcome) {
                if (chunk == 2 && failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("injected failure in chunk 2");
                }
            }
        };

        assertThatThrownBy(() -> bulk().listener(failSecondChunkOnce).run(input.stream()))
                .isInstanceOfSatisfying(ImportInterrupted.class, e -> {
                    assertThat(e.chunk()).isEqualTo(2);
                    assertThat(e.firstRow()).isEqualTo(5);
                    // Chunk 1 = rows 0..4: K-0..K-3 and BAD-1.
                    assertThat(e.committed().written()).isEqualTo(4);
                    assertThat(e.committed().rejected()).extracting(ImportReport.Rejection::index).containsExactly(4L);
                    assertThat(e.getCause()).hasMessage("injected failure in chunk 2");
                });
        assertThat(count("SELECT COUNT(*) FROM crm_clients")).isEqualTo(clientsBefore + 4);

        ImportReport rerun = bulk().listener(failSecondChunkOnce).run(input.stream());

        assertThat(rerun.written()).isEqualTo(16);
        assertThat(rerun.alreadyPresent()).isEqualTo(5);  // K-0..K-3 from the first run, K-2 repeated
        assertThat(rerun.rejected()).extracting(ImportReport.Rejection::externalId)
                .containsExactly(system + ":BAD-1", system + ":BAD-2");
        assertThat(rerun.rows()).isEqualTo(input.size());
        assertImported(system, 20, clientsBefore, contactsBefore);

        ImportReport again = bulk().run(input.stream());

        assertThat(again.written()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(21);
        assertThat(again.rejected()).hasSize(2);
        assertImported(system, 20, clientsBefore, contactsBefore);
    }

    private void assertImported(String system, int expected, long clientsBefore, long contactsBefore)
            throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM crm_clients")).isEqualTo(clientsBefore + expected);
        assertThat(count("SELECT COUNT(*) FROM crm_contacts")).isEqualTo(contactsBefore + expected);
        assertThat(count("SELECT COUNT(*) FROM crm_client_external_ids WHERE ext_system = '" + system + "'"))
                .isEqualTo(expected);
        assertThat(count("SELECT COUNT(DISTINCT ext_key) FROM crm_client_external_ids WHERE ext_system = '"
                + system + "'")).isEqualTo(expected);
        // Each imported client has exactly one contact, linked at position 0.
        assertThat(count("SELECT COUNT(*) FROM crm_contact_clients cc JOIN crm_client_external_ids x"
                + " ON x.client_id = cc.client_id WHERE x.ext_system = '" + system + "' AND cc.position = 0"))
                .isEqualTo(expected);
        for (int i = 0; i < expected; i++) {
            assertThat(db.storage().repositories().clients().findByExternalId(ExternalId.of(system, "K-" + i)))
                    .as("K-" + i).isPresent();
        }
    }

    @Test
    void imported_records_read_back_through_the_repositories_and_take_part_in_use_cases() throws SQLException {
        String system = "readable-crm";
        ImportReport report = bulk().run(rows(system, 3).stream());
        assertThat(report.written()).isEqualTo(3);

        Client client = db.storage().repositories().clients().findByExternalId(ExternalId.of(system, "K-0"))
                .orElseThrow();
        Client.Snapshot s = client.snapshot();
        assertThat(client.version()).isEqualTo(1);
        assertThat(s.kind()).isEqualTo(ClientKind.COMPANY);
        assertThat(s.displayName()).isEqualTo("ООО Клиент 0");
        assertThat(s.legalName()).isEqualTo("ООО Клиент 0");
        assertThat(s.taxIds()).containsExactly(TaxId.inn("7707083893"));
        assertThat(s.owner()).isEqualTo(anna);
        assertThat(s.department()).isEqualTo(sales);
        assertThat(s.status()).isEqualTo(ClientStatus.PROSPECT);
        assertThat(s.registeredAt()).isEqualTo(NOW);
        assertThat(s.externalIds()).containsOnlyKeys(system);
        List<Contact> contacts = db.storage().repositories().contacts().ofClient(client.id());
        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.snapshot().name()).isEqualTo(PersonName.of("Пётр", "Иванов-0"));
            assertThat(c.snapshot().channels()).containsExactly(Channel.email(EmailAddress.of("petr0@client.ru")),
                    Channel.phone(PhoneNumber.of("+79160000010")));
            assertThat(c.snapshot().owner()).isEqualTo(anna);
            assertThat(c.snapshot().department()).isEqualTo(sales);
            assertThat(c.snapshot().addedAt()).isEqualTo(NOW);
        });
        assertThat(count("SELECT COUNT(*) FROM crm_clients WHERE id = '" + client.id().value() + "' AND created_by = '"
                + importer.value() + "' AND updated_by = '" + importer.value() + "' AND version = 0")).isEqualTo(1);

        // The owner sees it through the SQL access filter (department path) and can work on it: version 1 -> 2.
        CrmSession session = crm.as(anna);
        assertThat(session.clients().list(PageRequest.first(100)).items())
                .anySatisfy(v -> assertThat(v.id()).isEqualTo(client.id()));
        session.clients().tag(client.id(), "migrated");
        assertThat(db.storage().repositories().clients().get(client.id()).version()).isEqualTo(2);
        assertThat(session.overview().of(client.id(), 5).contacts()).hasSize(1);
    }

    @Test
    void a_key_is_already_present_only_under_its_own_system_also_when_a_chunk_mixes_systems() {
        String amo = "amo-mixed";
        String bitrix = "bitrix-mixed";
        assertThat(bulk().run(List.of(client(amo, "7"), client(amo, "8")).iterator()).written()).isEqualTo(2);

        // One chunk of five: amo's 7 is stored, bitrix's 7 and 8 are not; amo's 9 is new.
        ImportReport report = bulk().run(List.of(client(bitrix, "7"), client(amo, "7"), client(bitrix, "8"),
                client(amo, "9"), client(bitrix, "7")).iterator());

        assertThat(report.written()).isEqualTo(3);
        assertThat(report.alreadyPresent()).isEqualTo(2);  // amo:7 stored, bitrix:7 given twice
        for (String key : List.of(amo + ":7", amo + ":8", amo + ":9", bitrix + ":7", bitrix + ":8")) {
            String[] id = key.split(":");
            assertThat(db.storage().repositories().clients().findByExternalId(ExternalId.of(id[0], id[1])))
                    .as(key).isPresent();
        }
    }

    @Test
    void when_the_input_fails_the_chunks_read_whole_before_it_are_written_and_its_failure_is_thrown() {
        String system = "broken-file-crm";
        Iterator<ImportedClient> input = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ImportedClient next() {
                if (read == 7) {
                    throw new IllegalStateException("line 8 of the file cannot be read");
                }
                return client(system, "K-" + read++);
            }
        };

        assertThatThrownBy(() -> bulk().run(input)).hasMessage("line 8 of the file cannot be read");

        // Chunks of 5: rows 0..4 are committed; 5 and 6 belong to the chunk that could not be read whole.
        for (int i = 0; i < 7; i++) {
            assertThat(db.storage().repositories().clients().findByExternalId(ExternalId.of(system, "K-" + i))
                    .isPresent()).as("K-" + i + " stored").isEqualTo(i < 5);
        }
    }

    private ImportedClient client(String system, String key) {
        return new ImportedClient(system, key, "ООО " + system + " " + key, null, anna, null, "A", "B", null, null);
    }

    @Test
    void every_rejected_row_is_reported_with_its_index_and_every_reason() {
        String system = "rejecting-crm";
        ImportReport report = bulk().run(List.of(
                new ImportedClient(system, "OK", "ООО Хорошо", null, anna, null, "A", "B", null, null),
                new ImportedClient(system, "BAD", "", "123", anna, DepartmentId.newId(), "A", "B", "x@", "abc"),
                new ImportedClient(system, " ", "ООО Ключ", null, null, null, "", "B", null, null)).iterator());

        assertThat(report.written()).isEqualTo(1);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::index).containsExactly(1L, 2L);
        assertThat(report.rejected().get(0).reasons()).extracting(Violation::path)
                .containsExactlyInAnyOrder("legalName", "inn", "department", "email", "phone");
        assertThat(report.rejected().get(1).reasons()).extracting(Violation::path)
                .contains("externalKey", "owner", "contact");
        assertThat(report.rejected().get(0).reasons()).allSatisfy(v -> assertThat(v.messageRu()).isNotBlank());
        assertThat(db.storage().repositories().clients().findByExternalId(ExternalId.of(system, "BAD"))).isEmpty();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.storage().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
