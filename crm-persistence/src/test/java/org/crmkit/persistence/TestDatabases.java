package org.crmkit.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on: a fresh in-memory H2 per test class, and on PostgreSQL a fresh schema per test
 * class (dropped afterwards) so parallel runs never see each other's rows. PostgreSQL tests are skipped with a
 * visible reason when the server is unreachable, unless CRMKIT_REQUIRE_POSTGRES=true, which makes them fail.
 */
final class TestDatabases {
    static final String PG_URL = env("CRMKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("CRMKIT_PG_USER", "postgres");
    static final String PG_PASSWORD = env("CRMKIT_PG_PASSWORD", "");

    private TestDatabases() {
    }

    /** A handle on one opened database; {@link #close()} drops what the test created. */
    record Opened(PersistentCrm storage, String schema) implements AutoCloseable {
        @Override
        public void close() {
            storage.close();
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                     Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema, e);
                }
            }
        }
    }

    static Opened h2() {
        return new Opened(CrmPersistence.h2Memory("crm_" + random()).open(), null);
    }

    static Opened postgres() {
        requirePostgres();
        String schema = "crm_" + random();
        String separator = PG_URL.contains("?") ? "&" : "?";
        String url = PG_URL + separator + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
        return new Opened(CrmPersistence.jdbc(url, PG_USER, PG_PASSWORD).schema(schema).open(), schema);
    }

    static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            String message = "PostgreSQL at " + PG_URL + " is unreachable (" + e.getMessage() + "): PostgreSQL tests"
                    + " skipped. Set CRMKIT_REQUIRE_POSTGRES=true to make this a failure.";
            if ("true".equalsIgnoreCase(System.getenv("CRMKIT_REQUIRE_POSTGRES"))) {
                fail(message, e);
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
