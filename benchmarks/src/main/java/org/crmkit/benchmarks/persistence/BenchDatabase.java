package org.crmkit.benchmarks.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.crmkit.persistence.CrmPersistence;
import org.crmkit.persistence.PersistentCrm;

/**
 * Where the persistence benchmarks run: the PostgreSQL server named by CRMKIT_PG_URL / CRMKIT_PG_USER /
 * CRMKIT_PG_PASSWORD (the tests' defaults: 127.0.0.1:5432/test, postgres, empty), each benchmark in a schema of
 * its own that the setup code drops and recreates through {@link CrmPersistence}'s Flyway migration.
 */
final class BenchDatabase {
    static final String URL = env("CRMKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("CRMKIT_PG_USER", "postgres");
    static final String PASSWORD = env("CRMKIT_PG_PASSWORD", "");

    private BenchDatabase() {
    }

    /** The JDBC URL whose connections work in the given schema, with batched inserts rewritten to multi-row ones. */
    static String url(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    /** A plain connection (no pool) in the given schema. */
    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), USER, PASSWORD);
    }

    /** Opens the library on the schema, migrating it (Flyway creates the schema when missing). */
    static PersistentCrm open(String schema) {
        return CrmPersistence.jdbc(url(schema), USER, PASSWORD).schema(schema).migrateOnStart(true).open();
    }

    /** Drops the schema and everything in it. */
    static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
