package org.crmkit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/**
 * Loads clients, each with one contact person, from another CRM straight into the tables through JDBC batches —
 * for migrations of tens of thousands of rows, where one use case per client would be far too slow.
 *
 * <pre>{@code
 * ImportReport report = BulkImport.into(storage).chunkSize(1_000).importedBy(admin).run(rows);
 * }</pre>
 *
 * <p>What it promises:
 * <ul>
 * <li><b>Same records as the use cases make.</b> Each row becomes a {@code Client} (a company, PROSPECT, INN, the
 * external id) and a {@code Contact} (e-mail then phone channel) built by the core's own factories, so the core's
 * value objects and invariants validate it; the rows written are exactly what the JPA adapters write for such
 * aggregates (version 0 = aggregate version 1, audit columns stamped with the importer and the chunk's time at
 * microsecond precision) and read back through the normal repositories. Owner and department must exist (the
 * department is what department-tree access matches through {@code crm_departments.path}); the owner must be
 * active. No domain events and no outbox rows are written: a migration is not news to other systems.</li>
 * <li><b>Every rejected row is reported</b> with its input index and every reason (EN + RU), never dropped silently.</li>
 * <li><b>Chunks.</b> Input rows are taken {@link #chunkSize(int)} at a time (default 500); each chunk is one
 * transaction: all its rows are written or none. The input is read on the caller's thread; each chunk is validated
 * on a worker thread of the run while the chunk before it is written ({@link ValidatedChunks}).</li>
 * <li><b>Idempotent by external id.</b> Before writing a chunk, the keys it carries are looked up in one statement,
 * each key one probe of the unique (system, key) index ({@link StoredKeyLookup}: its cost does not grow with the
 * table); rows whose (system, key) is stored are skipped and counted as already present. A re-run after a failure
 * therefore writes what is missing and nothing twice; a re-run of a finished import changes nothing. Should another
 * writer insert a key between look-up and insert, the unique constraint refuses the chunk, which rolls back, and a
 * re-run skips the key. ({@code INSERT ... ON CONFLICT DO NOTHING} would not save the look-up: the external id row
 * can only be written after its client row, which must not be written for a stored key.)</li>
 * <li><b>Ids</b> are UUIDv7 made in the JVM ({@code ClientId.newId()}): no sequence round trip at all (the limit of
 * pooled allocation), time-ordered so that inserts append to the right edge of the primary-key B-tree like a
 * sequence would, and the same kind of id every other record has.</li>
 * <li><b>Batches</b>: one {@code PreparedStatement} per table and chunk, executed with {@code executeBatch}; on
 * PostgreSQL the driver rewrites them into multi-row inserts when the URL has {@code reWriteBatchedInserts=true}
 * ({@link CrmPersistence#jdbc} adds it to PostgreSQL URLs that do not say otherwise).</li>
 * </ul>
 */
public final class BulkImport {
    private final DataSource dataSource;
    private Clock clock = Clock.systemUTC();
    private EmployeeId importedBy = EmployeeId.SYSTEM;
    private int chunkSize = 500;
    private ChunkListener listener = ChunkListener.none();

    private BulkImport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** An import into the given storage's database. */
    public static BulkImport into(PersistentCrm storage) {
        return new BulkImport(storage.dataSource());
    }

    /** An import into a database already migrated to the CRM's schema ({@link CrmSchema#migrate}). */
    public static BulkImport into(DataSource dataSource) {
        return new BulkImport(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** Rows per chunk (= per transaction), 1 to 10,000. */
    public BulkImport chunkSize(int size) {
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("chunk size must be 1..10000: " + size);
        }
        this.chunkSize = size;
        return this;
    }

    /** Who the audit columns name as having created the records (default: the system). */
    public BulkImport importedBy(EmployeeId employee) {
        this.importedBy = Objects.requireNonNull(employee, "employee");
        return this;
    }

    /** The clock that stamps registration, creation and audit times. */
    public BulkImport clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public BulkImport listener(ChunkListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Imports the stream's rows (consumed and closed). */
    public ImportReport run(Stream<ImportedClient> rows) {
        try (rows) {
            return run(rows.iterator());
        }
    }

    /**
     * Imports the rows chunk by chunk and reports what happened to each.
     *
     * @throws ImportInterrupted when a chunk could not be committed (database failure, or a listener threw): the
     *                           chunk is rolled back, earlier chunks stay; run the same import again to continue
     */
    public ImportReport run(Iterator<ImportedClient> rows) {
        Organisation organisation = Organisation.load(dataSource);
        ImportReport totals = ImportReport.empty();
        int chunk = 0;
        try (ValidatedChunks chunks = new ValidatedChunks(rows, chunkSize, organisation,
                () -> Stamp.of(importedBy, clock.instant().truncatedTo(ChronoUnit.MICROS)))) {
            while (chunks.hasNext()) {
                chunk++;
                ValidatedChunks.Chunk rowsOfChunk = chunks.next();
                try {
                    totals = totals.plus(write(chunk, rowsOfChunk.valid(), rowsOfChunk.rejected()));
                } catch (SQLException | RuntimeException e) {
                    throw new ImportInterrupted(chunk, rowsOfChunk.firstRow(), totals, e);
                }
                listener.committed(chunk, totals);
            }
        }
        return totals;
    }

    private ImportReport write(int chunk, List<ImportRow> valid, List<ImportReport.Rejection> rejected)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Set<String> stored = StoredKeyLookup.of(connection).stored(connection, valid);
                List<ImportRow> fresh = new ArrayList<>(valid.size());
                Set<String> seen = new HashSet<>();
                for (ImportRow row : valid) {
                    // A key stored before, or given twice in this chunk: the first one wins, the rest are skipped.
                    if (!stored.contains(row.key()) && seen.add(row.key())) {
                        fresh.add(row);
                    }
                }
                ChunkWriter.insert(connection, fresh);
                ImportReport outcome = new ImportReport(fresh.size(), valid.size() - fresh.size(), rejected);
                listener.beforeCommit(chunk, outcome);
                connection.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The employees (with their department and whether active) and departments a row may name. */
    record Organisation(Map<EmployeeId, Employee> employees, Set<DepartmentId> departments) {
        record Employee(DepartmentId department, boolean active) {
        }

        static Organisation load(DataSource dataSource) {
            Map<EmployeeId, Employee> employees = new HashMap<>();
            Set<DepartmentId> departments = new HashSet<>();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement e = c.prepareStatement("SELECT id, department_id, status FROM crm_employees");
                 PreparedStatement d = c.prepareStatement("SELECT id FROM crm_departments")) {
                try (ResultSet rs = e.executeQuery()) {
                    while (rs.next()) {
                        employees.put(new EmployeeId(rs.getObject(1, UUID.class)), new Employee(
                                new DepartmentId(rs.getObject(2, UUID.class)), "ACTIVE".equals(rs.getString(3))));
                    }
                }
                try (ResultSet rs = d.executeQuery()) {
                    while (rs.next()) {
                        departments.add(new DepartmentId(rs.getObject(1, UUID.class)));
                    }
                }
            } catch (SQLException failure) {
                throw new ImportInterrupted(0, 0, ImportReport.empty(), failure);
            }
            return new Organisation(employees, departments);
        }
    }
}
