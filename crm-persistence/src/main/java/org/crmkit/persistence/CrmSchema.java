package org.crmkit.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The CRM's database schema, shipped in this jar as Flyway migrations ({@code db/migration/common}, one
 * vendor-neutral set that runs on H2 2.x and PostgreSQL, plus {@code db/migration/postgresql} for what only
 * PostgreSQL has, such as planner statistics). An application that manages its own migrations calls
 * {@link #migrate(DataSource)} at start, or copies the scripts into its own Flyway locations (on PostgreSQL those
 * of {@link #POSTGRESQL_LOCATION} too).
 */
public final class CrmSchema {
    /** Where the vendor-neutral migrations sit on the class path. */
    public static final String LOCATION = "classpath:db/migration/common";
    /** Where the migrations only PostgreSQL runs sit on the class path. */
    public static final String POSTGRESQL_LOCATION = "classpath:db/migration/postgresql";

    private CrmSchema() {
    }

    /** The migration locations for the database behind the data source. */
    public static String[] locations(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            return postgres ? new String[] {LOCATION, POSTGRESQL_LOCATION} : new String[] {LOCATION};
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database to migrate: " + e.getMessage(), e);
        }
    }

    /** Brings the schema of the data source's default schema up to date; returns the number of migrations applied. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /** As {@link #migrate(DataSource)}, in the named schema (created when missing), e.g. one per tenant or test. */
    public static int migrate(DataSource dataSource, String schema) {
        var config = Flyway.configure().dataSource(dataSource).locations(locations(dataSource))
                .table("crm_schema_history");
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return config.load().migrate().migrationsExecuted;
    }
}
