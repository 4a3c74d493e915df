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
 * may switch to after five executions). The SQL texts are the two crm-persistence's RowReader sends for a page:
 * the rows (ScopedFilterSql's DEPARTMENT_TREE condition with the keyset on id for deals, or the range seek on
 * (occurred_at, id) for the timeline), then the page's children in one statement ({@code IN} the page's ids).
 */
public final class ExplainPlans {
    private static final String SUBTREE = "r.department_id IN (SELECT dt.id FROM crm_departments dt WHERE dt.path LIKE"
            + " (SELECT dg.path FROM crm_departments dg WHERE dg.id = $3) || '%')";
    private static final String COMMON = "r.id, r.version, r.created_at, r.created_by, r.updated_at, r.updated_by";
    static final String DEAL_PAGE = "SELECT " + COMMON + ", r.client_id, r.title, r.pipeline, r.stage, r.status,"
            + " r.probability, r.amount, r.currency, r.expected_close_on, r.owner_id, r.department_id, r.lost_reason,"
            + " r.contract_reference, r.closed_at FROM crm_deals r WHERE ((r.owner_id = $1) OR r.department_id = $2 OR "
            + SUBTREE + ") AND r.id > $4 ORDER BY r.id fetch first $5 rows only";
    static final String DEAL_CHILDREN = "SELECT c.deal_id, 0 AS kind, c.position, c.contact_id AS who,"
            + " c.contact_role AS what, CAST(NULL AS VARCHAR(100)) AS to_stage, CAST(NULL AS TIMESTAMP WITH TIME ZONE)"
            + " AS at, CAST(NULL AS VARCHAR(2000)) AS note FROM crm_deal_contacts c WHERE c.deal_id IN (%1$s)"
            + " UNION ALL SELECT s.deal_id, 1, s.position, s.changed_by, s.from_stage, s.to_stage, s.changed_at,"
            + " s.note FROM crm_deal_stage_changes s WHERE s.deal_id IN (%1$s) ORDER BY 1, 2, 3";
    static final String TIMELINE_PAGE = "SELECT " + COMMON + ", r.kind, r.channel, r.direction, r.occurred_at,"
            + " r.summary, r.client_id, r.contact_id, r.deal_id, r.claim_id, r.owner_id, r.department_id, r.logged_at"
            + " FROM crm_interactions r WHERE r.client_id = $4 AND ((r.owner_id = $1"
            + " OR EXISTS (SELECT 1 FROM crm_interaction_employees ie WHERE ie.interaction_id = r.id AND ie.employee_id"
            + " = $1)) OR r.department_id = $2 OR " + SUBTREE + ") AND r.occurred_at <= $5 AND (r.occurred_at < $5 OR"
            + " (r.occurred_at = $5 AND r.id < $6)) ORDER BY r.occurred_at DESC, r.id DESC fetch first $7 rows only";
    static final String TIMELINE_CHILDREN = "SELECT e.interaction_id, 0 AS kind, e.employee_id FROM"
            + " crm_interaction_employees e WHERE e.interaction_id IN (%1$s) UNION ALL SELECT c.interaction_id, 1,"
            + " c.contact_id FROM crm_interaction_contacts c WHERE c.interaction_id IN (%1$s)";

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
            String dealIds = ids(c, "SELECT id FROM crm_deals WHERE id > '" + deal(c, 50_000) + "' ORDER BY id LIMIT 50");
            System.out.println("Deal children SQL (the 50 ids of a page): " + DEAL_CHILDREN + "\n");
            explain(s, "children of a page of 50 deals", DEAL_CHILDREN.formatted(dealIds));
            System.out.println("Timeline page SQL: " + TIMELINE_PAGE + "\n");
            s.execute("PREPARE timeline_page (uuid, uuid, uuid, uuid, timestamptz, uuid, int) AS " + TIMELINE_PAGE);
            UUID[] e = employee(c, data.head("region").value());
            for (var client : List.of(data.heavyClients().get(0), data.typicalClientsOfRegion0(1).get(0))) {
                String[] cursor = middle(c, client.value());
                explain(s, "timeline of client " + client.value() + " (" + cursor[2] + " interactions), head of region,"
                        + " page from its middle", "EXECUTE timeline_page ('" + e[0] + "', '" + e[1] + "', '" + e[1]
                        + "', '" + client.value() + "', '" + cursor[0] + "', '" + cursor[1] + "', 51)");
            }
            String interactionIds = ids(c, "SELECT id FROM crm_interactions WHERE client_id = '"
                    + data.heavyClients().get(0).value() + "' ORDER BY occurred_at DESC, id DESC LIMIT 50");
            System.out.println("Timeline children SQL (the 50 ids of a page): " + TIMELINE_CHILDREN + "\n");
            explain(s, "participants of a timeline page of 50", TIMELINE_CHILDREN.formatted(interactionIds));
        }
    }

    /** The ids the query returns, as a list of quoted literals for IN (...). */
    private static String ids(Connection c, String query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                ids.add("'" + rs.getString(1) + "'");
            }
        }
        return String.join(", ", ids);
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
