package org.crmkit.persistence;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The CRM's database schema, shipped in this jar as Flyway migrations ({@code db/migration/common}, one
 * vendor-neutral set that runs on H2 2.x and PostgreSQL). An application that manages its own migrations calls
 * {@link #migrate(DataSource)} at start, or copies the scripts into its own Flyway locations.
 */
public final class CrmSchema {
    /** Where the migrations sit on the class path. */
    public static final String LOCATION = "classpath:db/migration/common";

    private CrmSchema() {
    }

    /** Brings the schema of the data source's default schema up to date; returns the number of migrations applied. */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /** As {@link #migrate(DataSource)}, in the named schema (created when missing), e.g. one per tenant or test. */
    public static int migrate(DataSource dataSource, String schema) {
        var config = Flyway.configure().dataSource(dataSource).locations(LOCATION)
                .table("crm_schema_history");
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return config.load().migrate().migrationsExecuted;
    }
}
