package org.crmkit.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.internal.memory.InMemoryPipelines;

/**
 * Points a CRM at a database. {@code CrmPersistence.h2File(path).open()} gives an embedded CRM in a file;
 * {@code CrmPersistence.dataSource(ds).open()} uses the application's pool (PostgreSQL in production).
 *
 * <pre>{@code
 * try (PersistentCrm storage = CrmPersistence.h2File(Path.of("crm")).open()) {
 *     Crm crm = storage.crmBuilder().clock(clock).build();
 * }
 * }</pre>
 *
 * <p>Options: {@link #migrateOnStart(boolean)} (default true: Flyway brings the schema up to date; false when the
 * application runs {@link CrmSchema#migrate} itself), {@link #validateSchema(boolean)} (default true: Hibernate
 * checks the tables match the mapping and fails at start otherwise), {@link #schema(String)}, {@link #clock},
 * {@link #pipeline(Pipeline)}. Pipelines are not stored: they are definitions registered in code (or by crm-rules
 * from configuration) and kept in memory, the standard pipeline always included.
 */
public final class CrmPersistence {
    private final DataSource dataSource;
    private final HikariDataSource ownPool;
    private boolean migrateOnStart = true;
    private boolean validateSchema = true;
    private String schema;
    private Clock clock = Clock.systemUTC();
    private final List<Pipeline> pipelines = new ArrayList<>();

    private CrmPersistence(DataSource dataSource, HikariDataSource ownPool) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
    }

    /** An embedded H2 database in the given file (created when missing), pooled by HikariCP. */
    public static CrmPersistence h2File(Path file) {
        return jdbc("jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000", "sa", "");
    }

    /** An in-memory H2 database that lives while the returned CRM storage is open: for tests and demos. */
    public static CrmPersistence h2Memory(String name) {
        return jdbc("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    /**
     * A database reached by JDBC URL, pooled by HikariCP (closed with the storage). A PostgreSQL URL gets
     * {@code reWriteBatchedInserts=true} unless it names that property itself: the driver then sends JDBC batches
     * (Hibernate's, {@link BulkImport}'s) as multi-row inserts.
     */
    public static CrmPersistence jdbc(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(withBatchRewrite(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("crmkit");
        HikariDataSource pool = new HikariDataSource(config);
        return new CrmPersistence(pool, pool);
    }

    static String withBatchRewrite(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** The application's own DataSource (a pool it manages and closes). */
    public static CrmPersistence dataSource(DataSource dataSource) {
        return new CrmPersistence(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    public CrmPersistence migrateOnStart(boolean migrate) {
        this.migrateOnStart = migrate;
        return this;
    }

    public CrmPersistence validateSchema(boolean validate) {
        this.validateSchema = validate;
        return this;
    }

    /**
     * The database schema the CRM's tables live in (created by the migration when missing). The data source's
     * connections must use it too (e.g. {@code currentSchema=} on PostgreSQL), since queries name tables unqualified.
     */
    public CrmPersistence schema(String schema) {
        this.schema = schema;
        return this;
    }

    /** The clock that stamps audit columns of saves that carry no event. */
    public CrmPersistence clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** A pipeline definition to register besides the standard one. */
    public CrmPersistence pipeline(Pipeline pipeline) {
        pipelines.add(Objects.requireNonNull(pipeline, "pipeline"));
        return this;
    }

    /** Migrates (unless told not to), boots Hibernate and returns the open storage. */
    public PersistentCrm open() {
        try {
            if (migrateOnStart) {
                CrmSchema.migrate(dataSource, schema);
            }
            return new PersistentCrm(dataSource, ownPool, validateSchema, clock, new InMemoryPipelines(pipelines));
        } catch (RuntimeException e) {
            if (ownPool != null) {
                ownPool.close();
            }
            throw e;
        }
    }
}
