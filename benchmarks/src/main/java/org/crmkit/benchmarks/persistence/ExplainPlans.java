package org.crmkit.benchmarks.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the statements the read benchmarks make the library issue, with the
 * benchmarks' own parameters, as a custom plan and as PostgreSQL's generic plan (what a server-prepared statement
 * may switch to after five executions). The SQL texts are those crm-persistence sends (as logged by Hibernate with
 * {@code -Dhibernate.show_sql=true}): ScopedFilterSql's DEPARTMENT_TREE condition, keyset on id for deals, seek on
 * (occurred_at, id) for the timeline.
 */
public final class ExplainPlans {
    private static final String SUBTREE = "r.department_id IN (SELECT dt.id FROM crm_departments dt WHERE dt.path LIKE"
            + " (SELECT dg.path FROM crm_departments dg WHERE dg.id = $3) || '%')";
    static final String DEAL_PAGE = "SELECT r.id FROM crm_deals r WHERE ((r.owner_id = $1) OR r.department_id = $2 OR "
            + SUBTREE + ") AND r.id > $4 ORDER BY r.id fetch first $5 rows only";
    static final String TIMELINE_PAGE = "SELECT r.id FROM crm_interactions r WHERE r.client_id = $4 AND ((r.owner_id = $1"
            + " OR EXISTS (SELECT 1 FROM crm_interaction_employees ie WHERE ie.interaction_id = r.id AND ie.employee_id"
            + " = $1)) OR r.department_id = $2 OR " + SUBTREE + ") AND (r.occurred_at < $5 OR (r.occurred_at = $5 AND"
            + " r.id < $6)) ORDER BY r.occurred_at DESC, r.id DESC fetch first $7 rows only";

    /**
     * The same page with the seek written so that its first conjunct is a range on the index's second column
     * ({@code occurred_at <= :at}), which PostgreSQL can use as an index condition: a suggestion for JpaInteractions,
     * measured here beside what it issues today.
     */
    static final String TIMELINE_PAGE_RANGE_SEEK = TIMELINE_PAGE.replace("AND (r.occurred_at < $5 OR",
            "AND r.occurred_at <= $5 AND (r.occurred_at < $5 OR");

    private ExplainPlans() {
    }

    public static void main(String[] args) throws Exception {
        SeededCrm data = SeededCrm.ensure(SeededCrm.Size.fromSystemProperties());
        try (Connection c = BenchDatabase.connect(SeededCrm.SCHEMA); Statement s = c.createStatement()) {
            System.out.println("Deal page SQL: " + DEAL_PAGE + "\n");
            s.execute("PREPARE deal_page (uuid, uuid, uuid, uuid, int) AS " + DEAL_PAGE);
            for (String head : List.of("region", "team", "division")) {
                UUID[] e = employee(c, data.head(head).value());
                UUID after = deal(c, 50_000);
                explain(s, "deals, head of " + head + ", page after the 50,000th deal id",
                        "EXECUTE deal_page ('" + e[0] + "', '" + e[1] + "', '" + e[1] + "', '" + after + "', 51)");
            }
            System.out.println("Timeline page SQL: " + TIMELINE_PAGE + "\n");
            s.execute("PREPARE timeline_page (uuid, uuid, uuid, uuid, timestamptz, uuid, int) AS " + TIMELINE_PAGE);
            s.execute("PREPARE timeline_page_range_seek (uuid, uuid, uuid, uuid, timestamptz, uuid, int) AS "
                    + TIMELINE_PAGE_RANGE_SEEK);
            UUID[] e = employee(c, data.head("region").value());
            for (var client : List.of(data.heavyClients().get(0), data.typicalClientsOfRegion0(1).get(0))) {
                String[] cursor = middle(c, client.value());
                explain(s, "timeline of client " + client.value() + " (" + cursor[2] + " interactions), head of region,"
                        + " page from its middle", "EXECUTE timeline_page ('" + e[0] + "', '" + e[1] + "', '" + e[1]
                        + "', '" + client.value() + "', '" + cursor[0] + "', '" + cursor[1] + "', 51)");
                explain(s, "SUGGESTED range seek, same client and page", "EXECUTE timeline_page_range_seek ('" + e[0]
                        + "', '" + e[1] + "', '" + e[1] + "', '" + client.value() + "', '" + cursor[0] + "', '"
                        + cursor[1] + "', 51)");
            }
        }
    }

    private static void explain(Statement s, String title, String execute) throws SQLException {
        for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
            s.execute("SET plan_cache_mode = " + mode);
            System.out.println("### " + title + " (" + mode + ")\n```");
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + execute)) {
                while (rs.next()) {
                    System.out.println(rs.getString(1));
                }
            }
            System.out.println("```\n");
        }
        s.execute("RESET plan_cache_mode");
    }

    private static UUID[] employee(Connection c, UUID id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, department_id FROM crm_employees WHERE id = ?")) {
            p.setObject(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return new UUID[] {(UUID) rs.getObject(1), (UUID) rs.getObject(2)};
            }
        }
    }

    private static UUID deal(Connection c, int offset) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM crm_deals ORDER BY id OFFSET " + offset + " LIMIT 1")) {
            rs.next();
            return (UUID) rs.getObject(1);
        }
    }

    /** The (occurred_at, id) of the client's middle interaction, and how many the client has. */
    private static String[] middle(Connection c, UUID client) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT occurred_at, id, n FROM (SELECT occurred_at, id,"
                + " row_number() OVER (ORDER BY occurred_at DESC, id DESC) AS k, count(*) OVER () AS n"
                + " FROM crm_interactions WHERE client_id = ?) x WHERE k = n / 2 + 1")) {
            p.setObject(1, client);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                out.add(rs.getString(1));
                out.add(rs.getString(2));
                out.add(rs.getString(3));
            }
        }
        return out.toArray(String[]::new);
    }
}
