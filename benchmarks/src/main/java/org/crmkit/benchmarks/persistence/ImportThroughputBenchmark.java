package org.crmkit.benchmarks.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.persistence.BulkImport;
import org.crmkit.persistence.CrmPersistence;
import org.crmkit.persistence.ImportReport;
import org.crmkit.persistence.ImportedClient;
import org.crmkit.persistence.PersistentCrm;

/**
 * Imports clients with one contact each (a company with a legal name and a legacy-system key; a contact with a
 * name, a position and an e-mail, linked to the client), side by side in the same run and on the same connection
 * pool:
 * <ul>
 * <li>library: the crm-persistence repositories, {@code Clients.save} + {@code Contacts.save} of aggregates built by
 * {@code Client.onboard}/{@code Contact.add}, one transaction per chunk through {@code PersistentCrm.transactions()};</li>
 * <li>bulk: the library's {@code BulkImport.into(storage).chunkSize(chunk).importedBy(owner).run(rows)} (JDBC batches
 * of the same aggregates' rows, every row validated through the core's value objects, idempotent by external id;
 * writes no contact position, and no outbox or audit rows);</li>
 * <li>jdbc: plain JDBC batch inserts of the same rows into the same tables (no position either), one transaction
 * per chunk, the batches as large as the chunk, with the same {@code reWriteBatchedInserts=true} URL: the rows as a
 * hand-written loader would write already clean data, with no validation and no idempotency check;</li>
 * <li>use cases (fewer rows): {@code crm.system("import").clients().onboard(...)} + {@code contacts().add(...)},
 * one transaction per use case, with validation, access audit and outbox.</li>
 * </ul>
 * Each measured run starts from empty tables, and the row counts of every touched table are printed after each, so
 * the paths can be seen to write the same rows. A benchmark main rather than JMH: each measurement is one long bulk
 * operation. Target: the library at least half the throughput of plain JDBC.
 *
 * <p>Arguments: {@code rows} (default 100000), {@code chunk} (default 1000), {@code rounds} (default 2),
 * {@code databases} (default postgres,h2), {@code useCaseRows} (default 2000; 0 to skip), {@code paths} (default
 * library,bulk,jdbc; any subset, e.g. bulk,jdbc for a larger run of the fast paths), {@code phones} (default false;
 * true gives every contact a phone as well, typed "+7 916 123-45-67", which the library parses to E.164 and the
 * plain JDBC path writes as the E.164 it is given), {@code warmup} (default 10000: rows each of bulk and jdbc writes,
 * unmeasured, before the rounds).
 */
public final class ImportThroughputBenchmark {
    static final String SCHEMA = "crm_bench_import";
    private static final List<String> TABLES = List.of("crm_clients", "crm_client_external_ids",
            "crm_client_status_changes", "crm_client_tax_ids", "crm_client_tags", "crm_contacts", "crm_contact_clients",
            "crm_contact_channels", "crm_contact_consents", "crm_outbox", "crm_access_audit");

    private final PersistentCrm storage;
    private final boolean postgres;
    private final boolean phones;
    private final EmployeeId owner;
    private final DepartmentId department;

    private ImportThroughputBenchmark(PersistentCrm storage, boolean postgres, boolean phones) {
        this.storage = storage;
        this.postgres = postgres;
        this.phones = phones;
        CrmSession setup = storage.crmBuilder().build().system("benchmark setup");
        department = setup.organisation().createDepartment(CreateDepartment.root("Import"));
        owner = setup.organisation().hire(new HireEmployee("Importer", null, "Benchmark", "staff", department,
                Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("rows", "100000", "chunk", "1000", "rounds", "2",
                "databases", "postgres,h2", "useCaseRows", "2000", "paths", "library,bulk,jdbc", "phones", "false",
                "warmup", "10000"));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv[1]);
        }
        int rows = Integer.parseInt(a.get("rows"));
        int chunk = Integer.parseInt(a.get("chunk"));
        int rounds = Integer.parseInt(a.get("rounds"));
        int useCaseRows = Integer.parseInt(a.get("useCaseRows"));
        List<String> paths = List.of(a.get("paths").split(","));
        boolean phones = Boolean.parseBoolean(a.get("phones"));
        int warmup = Integer.parseInt(a.get("warmup"));
        System.out.printf("[import] %s%n", a);
        for (String db : a.get("databases").split(",")) {
            try (PersistentCrm storage = open(db)) {
                new ImportThroughputBenchmark(storage, db.equals("postgres"), phones)
                        .run(db, rows, chunk, rounds, useCaseRows, paths, warmup);
            }
        }
    }

    private static PersistentCrm open(String db) throws Exception {
        if (db.equals("postgres")) {
            BenchDatabase.dropSchema(SCHEMA);
            return BenchDatabase.open(SCHEMA);
        }
        Path dir = Path.of("target", "bench-h2-import");
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return CrmPersistence.h2File(dir.resolve("crm")).open();
    }

    private void run(String db, int rows, int chunk, int rounds, int useCaseRows, List<String> paths, int warmup)
            throws SQLException {
        // Warm-up: JIT (libphonenumber and H2 need thousands of rows to be compiled), Hibernate's metadata, the pool,
        // the server's caches. The repositories path is too slow for more than a few hundred rows.
        if (paths.contains("library")) {
            empty();
            library(Math.min(rows, 300), chunk, 0);
        }
        if (paths.contains("bulk")) {
            empty();
            bulk(Math.min(rows, warmup), chunk, 0);
        }
        if (paths.contains("jdbc")) {
            empty();
            jdbc(Math.min(rows, warmup), chunk, 0);
        }
        int offset = 10_000_000;
        for (int round = 1; round <= rounds; round++) {
            // Alternate which path goes first, so neither always meets a warmer (or busier) machine.
            List<String> order = new ArrayList<>(List.of("library", "bulk", "jdbc"));
            order.retainAll(paths);
            if (round % 2 == 0) {
                java.util.Collections.reverse(order);
            }
            for (String path : order) {
                empty();
                double load = loadAverage();
                long t = System.nanoTime();
                switch (path) {
                    case "library" -> library(rows, chunk, offset);
                    case "bulk" -> bulk(rows, chunk, offset);
                    default -> jdbc(rows, chunk, offset);
                }
                double s = (System.nanoTime() - t) / 1e9;
                offset += rows;
                System.out.printf("[import] %-8s round %d %-7s %,9d clients+contacts in %7.2f s = %,9.0f rows/s"
                        + " (load %.1f) tables %s%n", db, round, path, rows, s, rows / s, load, counts());
            }
        }
        if (useCaseRows > 0) {
            empty();
            useCases(Math.min(200, useCaseRows), 0);
            empty();
            double load = loadAverage();
            long t = System.nanoTime();
            useCases(useCaseRows, offset);
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("[import] %-8s         usecase %,9d clients+contacts in %7.2f s = %,9.0f rows/s"
                    + " (load %.1f) tables %s%n", db, useCaseRows, s, useCaseRows / s, load, counts());
        }
    }

    /** Through the repositories: aggregates built by the domain, saved chunk by chunk in one transaction each. */
    private void library(int rows, int chunk, int offset) {
        Repositories repositories = storage.repositories();
        for (int from = 0; from < rows; from += chunk) {
            int start = from;
            int end = Math.min(rows, from + chunk);
            storage.transactions().inTransaction(() -> {
                Stamp stamp = Stamp.of(owner, Instant.now().truncatedTo(ChronoUnit.MICROS));
                for (int i = start; i < end; i++) {
                    int n = offset + i;
                    Client client = Client.onboard(ClientId.newId(), ClientKind.COMPANY, null, null, legalName(n),
                            List.of(), null, owner, department, stamp);
                    client.linkExternalId(ExternalId.of("legacy-crm", "L-" + n), stamp);
                    Contact contact = Contact.add(ContactId.newId(), PersonName.of("Ivan", "Petrov" + n), client.id(),
                            "CEO", owner, department, stamp);
                    contact.addChannel(Channel.email(EmailAddress.of(email(n))), stamp);
                    repositories.clients().save(client);
                    repositories.contacts().save(contact);
                }
                return null;
            });
        }
    }

    /** Through the library's bulk importer: the same clients and contacts (no contact position), chunk by chunk. */
    private void bulk(int rows, int chunk, int offset) {
        ImportReport report = BulkImport.into(storage).chunkSize(chunk).importedBy(owner).run(IntStream.range(0, rows)
                .mapToObj(i -> offset + i)
                .map(n -> new ImportedClient("legacy-crm", "L-" + n, legalName(n), null, owner, department, "Ivan",
                        "Petrov" + n, email(n), phones ? typedPhone(n) : null)));
        if (report.written() != rows) {
            throw new IllegalStateException("the bulk import wrote " + report + " instead of " + rows + " rows");
        }
    }

    /** The same rows by plain JDBC batches, one transaction per chunk. */
    private void jdbc(int rows, int chunk, int offset) throws SQLException {
        try (Connection c = storage.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement clients = c.prepareStatement("INSERT INTO crm_clients (id, version, kind,"
                    + " display_name, legal_name, owner_id, department_id, status, registered_at, created_at, created_by,"
                    + " updated_at, updated_by) VALUES (?, 0, 'COMPANY', ?, ?, ?, ?, 'PROSPECT', ?, ?, ?, ?, ?)");
                 PreparedStatement externalIds = c.prepareStatement("INSERT INTO crm_client_external_ids (client_id,"
                         + " ext_system, ext_key) VALUES (?, 'legacy-crm', ?)");
                 PreparedStatement contacts = c.prepareStatement("INSERT INTO crm_contacts (id, version, first_name,"
                         + " last_name, owner_id, department_id, added_at, created_at, created_by, updated_at,"
                         + " updated_by) VALUES (?, 0, 'Ivan', ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement links = c.prepareStatement("INSERT INTO crm_contact_clients (contact_id, position,"
                         + " client_id) VALUES (?, 0, ?)");
                 PreparedStatement channels = c.prepareStatement("INSERT INTO crm_contact_channels (contact_id,"
                         + " position, channel_type, channel_value) VALUES (?, 0, 'EMAIL', ?)");
                 PreparedStatement phoneChannels = c.prepareStatement("INSERT INTO crm_contact_channels (contact_id,"
                         + " position, channel_type, channel_value) VALUES (?, 1, 'PHONE', ?)")) {
                UUID by = owner.value();
                UUID dept = department.value();
                for (int from = 0; from < rows; from += chunk) {
                    Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
                    for (int i = from; i < Math.min(rows, from + chunk); i++) {
                        int n = offset + i;
                        UUID client = ClientId.newId().value();
                        UUID contact = ContactId.newId().value();
                        set(clients, client, legalName(n), legalName(n), by, dept, now, now, by, now, by);
                        clients.addBatch();
                        set(externalIds, client, "L-" + n);
                        externalIds.addBatch();
                        set(contacts, contact, "Petrov" + n, by, dept, now, now, by, now, by);
                        contacts.addBatch();
                        set(links, contact, client);
                        links.addBatch();
                        set(channels, contact, email(n));
                        channels.addBatch();
                        if (phones) {
                            set(phoneChannels, contact, e164Phone(n));
                            phoneChannels.addBatch();
                        }
                    }
                    // Parents before children: the foreign keys are checked per statement.
                    clients.executeBatch();
                    externalIds.executeBatch();
                    contacts.executeBatch();
                    links.executeBatch();
                    channels.executeBatch();
                    phoneChannels.executeBatch();
                    c.commit();
                }
            }
        }
    }

    /** Through the application API in a system context: one use case (and transaction) per client and contact. */
    private void useCases(int rows, int offset) {
        Crm crm = storage.crmBuilder().build();
        CrmSession job = crm.system("import benchmark");
        for (int i = 0; i < rows; i++) {
            int n = offset + i;
            ClientId client = job.clients().onboard(OnboardClient.company(legalName(n), null).withOwner(owner)
                    .withExternalId("legacy-crm", "L-" + n));
            job.contacts().add(AddContact.of(client, "Ivan", "Petrov" + n, "CEO").withEmail(email(n)));
        }
    }

    private static String legalName(int n) {
        return "OOO Import " + n;
    }

    static String email(int n) {
        return "ivan.petrov" + n + "@client" + n + ".example.com";
    }

    /** A Moscow mobile number as people type it; {@link #e164Phone} is the same number as stored. */
    static String typedPhone(int n) {
        String digits = subscriber(n);
        return "+7 916 " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    private static String e164Phone(int n) {
        return "+7916" + subscriber(n);
    }

    private static String subscriber(int n) {
        return Integer.toString(1_000_000 + n % 9_000_000);
    }

    private static void set(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
    }

    private void empty() throws SQLException {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String t : TABLES) {
                    s.execute("TRUNCATE TABLE " + t);
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        counts.put(t.substring(4), rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
