package org.crmkit.benchmarks.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

import org.crmkit.persistence.CrmPersistence;
import org.crmkit.persistence.CrmSchema;
import org.crmkit.persistence.PersistentCrm;

/**
 * The PostgreSQL database the dashboard benchmark reads: schema {@code crm_bench_analytics}, migrated by the CRM's
 * own Flyway scripts and seeded once by {@code analytics/seed-dashboard.sql} (plain INSERT ... SELECT
 * generate_series). A schema that already holds the full data set is reused, so only the first run pays the
 * seeding (a few minutes on a busy 2-core machine). Connection from CRMKIT_PG_URL / _USER / _PASSWORD.
 */
final class DashboardDatabase {
    static final String SCHEMA = "crm_bench_analytics";
    static final long DEALS = 1_000_000;
    /** The schema version the seed script writes to; later migrations run over the seeded data. */
    private static final String SEEDED_VERSION = "3";

    private DashboardDatabase() {
    }

    static PersistentCrm open() {
        String url = env("CRMKIT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("CRMKIT_PG_USER", "postgres");
        String password = env("CRMKIT_PG_PASSWORD", "");
        String separator = url.contains("?") ? "&" : "?";
        String schemaUrl = url + separator + "currentSchema=" + SCHEMA;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            if (dealsIn(st) != DEALS) {
                System.out.println("Seeding " + SCHEMA + " (first run only)...");
                st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                // Seeded as data that existed before the KPI facts (V5): the migration below runs the backfill
                // of V5 over the full data set, as an upgrade would.
                flyway(url, user, password).target(SEEDED_VERSION).load().migrate();
                st.execute("SET search_path TO " + SCHEMA);
                long started = System.nanoTime();
                for (String statement : seedScript().split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        st.execute(statement);
                    }
                }
                System.out.printf("Seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the benchmark database at " + url + ": " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        int migrations = flyway(url, user, password).load().migrate().migrationsExecuted;
        if (migrations > 0) {
            System.out.printf("Migrated (%d migrations) in %.1f s%n", migrations, (System.nanoTime() - started) / 1e9);
            // As V5 advises after its backfill on a large database: give back the space of the rewritten rows,
            // which the KPI queries would otherwise scan.
            vacuum(url, user, password, "VACUUM FULL ANALYZE ");
        }
        vacuum(url, user, password, "VACUUM ANALYZE ");
        return CrmPersistence.jdbc(schemaUrl, user, password).schema(SCHEMA).open();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
                                                                                 String password) {
        return Flyway.configure().dataSource(url, user, password).locations(CrmSchema.LOCATION, CrmSchema.POSTGRESQL_LOCATION)
                .table("crm_schema_history").schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true);
    }

    /**
     * VACUUM (ANALYZE) of the KPI tables: what autovacuum does on its own some time after a bulk load or a
     * backfill; done here so that every run reads the same planner statistics and visibility map (a no-op when
     * already done).
     */
    private static void vacuum(String url, String user, String password, String command) {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            for (String table : new String[] {"crm_deals", "crm_deal_labels", "crm_claims", "crm_claim_suppliers",
                    "crm_tasks", "crm_client_tags", "crm_campaign_attributions"}) {
                st.execute(command + SCHEMA + "." + table);
            }
            System.out.printf("%sin %.1f s%n", command, (System.nanoTime() - started) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot vacuum the benchmark tables: " + e.getMessage(), e);
        }
    }

    private static long dealsIn(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                + SCHEMA + "' AND table_name = 'crm_deals'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return -1;
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".crm_deals")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String seedScript() {
        try (InputStream in = DashboardDatabase.class.getResourceAsStream("/analytics/seed-dashboard.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("(?m)^--.*$", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
