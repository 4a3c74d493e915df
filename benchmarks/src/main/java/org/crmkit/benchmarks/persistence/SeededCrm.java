package org.crmkit.benchmarks.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.persistence.PersistentCrm;

/**
 * The data set the read benchmarks query, in PostgreSQL schema {@value #SCHEMA}: a sales division of 5 regions x 4
 * teams x 10 sales managers (a head of sales on the division, on each region and on each team), clients owned by
 * the managers in turn, deals of those clients, and interactions on their timelines, a few heavy clients having
 * {@link Size#heavyInteractions()} each.
 *
 * <p>The organisation is created through the library (so department paths and employees are what the library
 * itself writes); the clients by plain {@code INSERT ... SELECT FROM generate_series}, deals, their stage changes and
 * the interactions generated in Java and streamed with {@code COPY} ({@link CopyRows}, {@code bench.copyStreams}
 * parallel connections, default 2), every NOT NULL column filled and every CHECK and foreign key of
 * V1__crm_schema.sql satisfied, with the secondary indexes and foreign
 * keys of the big tables dropped during the load and recreated (identically, from their catalogued definitions)
 * afterwards, then VACUUM ANALYZE. A marker table records the sizes: a later run with the same sizes reuses the
 * schema; other sizes drop and reseed it.
 */
final class SeededCrm {
    static final String SCHEMA = "crm_bench";
    static final int REGIONS = 5;
    static final int TEAMS_PER_REGION = 4;
    static final int MANAGERS_PER_TEAM = 10;
    static final int MANAGERS = REGIONS * TEAMS_PER_REGION * MANAGERS_PER_TEAM;

    /** How much to seed. Clients must be a multiple of {@link #MANAGERS} (each manager owns the same number). */
    record Size(long clients, long deals, long interactions, int heavyClients, int heavyInteractions) {
        Size {
            if (clients % MANAGERS != 0 || heavyClients > MANAGERS_PER_TEAM
                    || (long) heavyClients * heavyInteractions > interactions) {
                throw new IllegalArgumentException("inconsistent size " + this);
            }
        }

        /** From system properties bench.clients, bench.deals, bench.interactions, bench.heavyClients, bench.heavyInteractions. */
        static Size fromSystemProperties() {
            return new Size(Long.getLong("bench.clients", 100_000), Long.getLong("bench.deals", 1_000_000),
                    Long.getLong("bench.interactions", 10_000_000), Integer.getInteger("bench.heavyClients", 10),
                    Integer.getInteger("bench.heavyInteractions", 20_000));
        }
    }

    private final Size size;
    private final Map<String, UUID> people;

    private SeededCrm(Size size, Map<String, UUID> people) {
        this.size = size;
        this.people = people;
    }

    /** The seeded data set of this size, seeding it first unless the schema already holds exactly that. */
    static SeededCrm ensure(Size size) throws SQLException {
        if (!seededWith(size)) {
            seed(size);
        }
        return new SeededCrm(size, readPeople());
    }

    Size size() {
        return size;
    }

    /** The head of sales of the whole division, of region 0, or of team 0 (region 0). */
    EmployeeId head(String scope) {
        UUID id = people.get("head:" + scope);
        if (id == null) {
            throw new IllegalArgumentException("no head for " + scope + " (division, region or team)");
        }
        return new EmployeeId(id);
    }

    /** The clients with the heaviest timelines (all owned in team 0). */
    List<ClientId> heavyClients() {
        List<ClientId> ids = new ArrayList<>();
        for (long c = 0; c < size.heavyClients(); c++) {
            ids.add(new ClientId(clientId(c)));
        }
        return ids;
    }

    /** Up to {@code limit} ordinary clients of region 0 (about {@code interactions / clients} interactions each). */
    List<ClientId> typicalClientsOfRegion0(int limit) {
        int regionManagers = TEAMS_PER_REGION * MANAGERS_PER_TEAM;
        List<ClientId> ids = new ArrayList<>();
        for (long c = size.heavyClients(); ids.size() < limit && c < size.clients(); c++) {
            if (c % MANAGERS < regionManagers && c % MANAGERS >= size.heavyClients()) {
                ids.add(new ClientId(clientId(c)));
            }
        }
        return ids;
    }

    /** The id the seeding SQL gives client number {@code c}: the Java twin of {@link #CLIENT_ID_SQL}. */
    static UUID clientId(long c) {
        return new CopyRows.Ids().uuid7(1577836800000L + c * 1000, "c" + c);
    }

    // --- seeding -------------------------------------------------------------------------------------------

    /** A UUIDv7: 48-bit Unix milliseconds, version 7, variant 10, the rest from md5(salt) (unique per salt). */
    private static final String UUID7_FUNCTION = "CREATE OR REPLACE FUNCTION pg_temp.uuid7(ms bigint, salt text)"
            + " RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT (lpad(to_hex(ms), 12, '0') || '7' || substr(h, 1, 3)"
            + " || '8' || substr(h, 4, 15))::uuid FROM (SELECT md5(salt) AS h) x $$";
    /** Client number g registered at 2020-01-01 + g seconds. */
    private static final String CLIENT_ID_SQL = "pg_temp.uuid7(1577836800000 + g * 1000, 'c' || g)";

    private static boolean seededWith(Size size) throws SQLException {
        try (Connection c = BenchDatabase.connect(SCHEMA); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                     + SCHEMA + "' AND table_name = 'bench_seed'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return false;
            }
        }
        try (Connection c = BenchDatabase.connect(SCHEMA); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT clients, deals, interactions, heavy_clients, heavy_interactions"
                     + " FROM bench_seed")) {
            return rs.next() && new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5))
                    .equals(size);
        }
    }

    /** Drops and reseeds the schema; prints (and stores in bench_seed) how long each step took. */
    static Map<String, Double> seed(Size size) throws SQLException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t = System.nanoTime();
        BenchDatabase.dropSchema(SCHEMA);
        List<UUID[]> managers = new ArrayList<>();
        Map<String, UUID> heads = new LinkedHashMap<>();
        try (PersistentCrm storage = BenchDatabase.open(SCHEMA)) {
            createOrganisation(storage.crmBuilder().build(), managers, heads);
        }
        t = lap(seconds, "schema + organisation (library)", t);
        try (Connection c = BenchDatabase.connect(SCHEMA); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            s.execute(UUID7_FUNCTION);
            s.execute("CREATE TABLE bench_people (name VARCHAR(40) PRIMARY KEY, employee_id UUID NOT NULL)");
            s.execute("CREATE TABLE bench_managers (idx INTEGER PRIMARY KEY, employee_id UUID NOT NULL,"
                    + " department_id UUID NOT NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_people VALUES (?, ?)")) {
                for (var e : heads.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setObject(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_managers VALUES (?, ?, ?)")) {
                for (int i = 0; i < managers.size(); i++) {
                    p.setInt(1, i);
                    p.setObject(2, managers.get(i)[0]);
                    p.setObject(3, managers.get(i)[1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("INSERT INTO crm_clients (id, version, kind, display_name, legal_name, country, city,"
                    + " owner_id, department_id, status, registered_at, created_at, created_by, updated_at, updated_by)"
                    + " SELECT " + CLIENT_ID_SQL + ", 0, 'COMPANY', 'Client ' || g, 'OOO Client ' || g, 'RU', 'Moscow',"
                    + " m.employee_id, m.department_id, 'ACTIVE', ts, ts, m.employee_id, ts, m.employee_id"
                    + " FROM generate_series(0::bigint, " + (size.clients() - 1) + ") g"
                    + " CROSS JOIN LATERAL (SELECT to_timestamp(1577836800 + g) AS ts) t"
                    + " JOIN bench_managers m ON m.idx = g % " + MANAGERS);
            requireClient(s, 0);
            requireClient(s, size.clients() - 1);
            t = lap(seconds, "clients " + size.clients(), t);

            UUID[] clients = new UUID[(int) size.clients()];
            for (int g = 0; g < clients.length; g++) {
                clients[g] = clientId(g);
            }
            int streams = Integer.getInteger("bench.copyStreams", 2);

            List<String[]> dealDdl = dropSecondary(s, "crm_deals", "crm_deal_stage_changes");
            copyDeals(size, clients, managers, streams);
            t = lap(seconds, "deals " + size.deals() + " (+1 stage change each, COPY), indexes dropped", t);
            restore(s, dealDdl);
            t = lap(seconds, "deal indexes + foreign keys recreated", t);

            List<String[]> interactionDdl = dropSecondary(s, "crm_interactions");
            copyInteractions(size, clients, managers, streams);
            t = lap(seconds, "interactions " + size.interactions() + " (COPY), indexes dropped", t);
            restore(s, interactionDdl);
            t = lap(seconds, "interaction indexes + foreign keys recreated", t);
            s.execute("VACUUM ANALYZE");
            t = lap(seconds, "VACUUM ANALYZE", t);
            s.execute("CREATE TABLE bench_seed (clients BIGINT, deals BIGINT, interactions BIGINT,"
                    + " heavy_clients INTEGER, heavy_interactions INTEGER, seconds VARCHAR(4000),"
                    + " seeded_at TIMESTAMP WITH TIME ZONE DEFAULT now())");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_seed (clients, deals, interactions,"
                    + " heavy_clients, heavy_interactions, seconds) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, size.clients());
                p.setLong(2, size.deals());
                p.setLong(3, size.interactions());
                p.setInt(4, size.heavyClients());
                p.setInt(5, size.heavyInteractions());
                p.setString(6, seconds.toString());
                p.execute();
            }
        }
        return seconds;
    }

    private static final String[] STAGES = {"lead", "qualification", "proposal", "negotiation", "won", "lost"};
    private static final int[] PROBABILITIES = {10, 25, 50, 75, 100, 0};
    private static final String[] KINDS = {"MEETING", "CALL", "EMAIL", "MESSAGE", "VISIT", "NOTE"};
    private static final String[] CHANNELS = {"SHOP", "EMAIL", "SOCIAL_NETWORK", "CALL_CENTRE", "SUPPORT", "WEB", "PHONE"};
    private static final String[] DIRECTIONS = {"INBOUND", "OUTBOUND", "INTERNAL"};
    private static final long DAY_MS = 86_400_000L;

    /**
     * Deal n belongs to client n % clients and its owner; opened 30 s after deal n-1 from 2021-01-01. Stages cycle
     * through the standard pipeline; a closed deal has closed_at (and a reason when lost); its history's one entry
     * is the move into the current stage when the deal was opened.
     */
    private static void copyDeals(Size size, UUID[] clients, List<UUID[]> managers, int streams) throws SQLException {
        CopyRows.copy("crm_deals", "id, version, client_id, title, pipeline, stage, status, probability, amount,"
                + " currency, expected_close_on, owner_id, department_id, lost_reason, closed_at, created_at, created_by,"
                + " updated_at, updated_by", size.deals(), streams, (n, row, ids) -> {
                    int g = (int) (n % size.clients());
                    long ms = 1609459200000L + n * 30000;
                    String stage = STAGES[(int) (n % 6)];
                    boolean closed = stage.equals("won") || stage.equals("lost");
                    UUID[] m = managers.get(g % MANAGERS);
                    long closedMs = (ms / 1000) * 1000 + 30 * DAY_MS;
                    row.append(ids.uuid7(ms, "d" + n)).append("\t0\t").append(clients[g]).append("\tDeal ").append(n)
                            .append("\tdefault\t").append(stage).append('\t')
                            .append(closed ? stage.toUpperCase(java.util.Locale.ROOT) : "OPEN").append('\t')
                            .append(PROBABILITIES[(int) (n % 6)]).append('\t').append((n % 1000) * 1000).append(".5\tRUB\t")
                            .append(java.time.LocalDate.ofEpochDay((ms / 1000 * 1000 + 90 * DAY_MS) / DAY_MS)).append('\t')
                            .append(m[0]).append('\t').append(m[1]).append('\t')
                            .append(stage.equals("lost") ? "budget cut" : CopyRows.NULL).append('\t');
                    if (closed) {
                        CopyRows.instant(row, closedMs);
                    } else {
                        row.append(CopyRows.NULL);
                    }
                    CopyRows.instant(row.append('\t'), ms).append('\t').append(m[0]).append('\t');
                    CopyRows.instant(row, ms).append('\t').append(m[0]);
                });
        CopyRows.copy("crm_deal_stage_changes", "deal_id, position, from_stage, to_stage, changed_by, changed_at, note",
                size.deals(), streams, (n, row, ids) -> {
                    long ms = 1609459200000L + n * 30000;
                    UUID[] m = managers.get((int) (n % size.clients()) % MANAGERS);
                    row.append(ids.uuid7(ms, "d" + n)).append("\t0\t").append(CopyRows.NULL).append('\t')
                            .append(STAGES[(int) (n % 6)]).append('\t').append(m[0]).append('\t');
                    CopyRows.instant(row, ms).append('\t');
                });
    }

    /**
     * Interaction n: the first heavyClients x heavyInteractions go round the heavy clients 0..h-1, the rest round
     * the other clients; occurred at a pseudo-random moment of 2022-2024, logged an hour later.
     */
    private static void copyInteractions(Size size, UUID[] clients, List<UUID[]> managers, int streams)
            throws SQLException {
        long heavy = (long) size.heavyClients() * size.heavyInteractions();
        CopyRows.copy("crm_interactions", "id, version, kind, channel, direction, occurred_at, summary, client_id,"
                + " owner_id, department_id, logged_at, created_at, created_by, updated_at, updated_by",
                size.interactions(), streams, (n, row, ids) -> {
                    int g = (int) (n < heavy ? n % Math.max(1, size.heavyClients())
                            : size.heavyClients() + n % (size.clients() - size.heavyClients()));
                    long ms = 1640995200000L + (n * 2654435761L) % 94608000000L;
                    UUID[] m = managers.get(g % MANAGERS);
                    row.append(ids.uuid7(ms + 3600000, "i" + n)).append("\t0\t").append(KINDS[(int) (n % 6)])
                            .append('\t').append(CHANNELS[(int) (n % 7)]).append('\t')
                            .append(DIRECTIONS[(int) (n % 3)]).append('\t');
                    CopyRows.instant(row, ms).append("\tDiscussed order #").append(n).append(" and the next delivery\t")
                            .append(clients[g]).append('\t').append(m[0]).append('\t').append(m[1]).append('\t');
                    for (int k = 0; k < 3; k++) {
                        CopyRows.instant(row, ms + 3600000).append('\t');
                        if (k > 0) {
                            row.append(m[0]).append('\t');
                        }
                    }
                    row.setLength(row.length() - 1);
                });
    }

    private static void createOrganisation(Crm crm, List<UUID[]> managers, Map<String, UUID> heads) {
        CrmSession setup = crm.system("benchmark setup");
        String headRole = StandardRoles.HEAD_OF_SALES_NAME.value();
        String managerRole = StandardRoles.SALES_MANAGER_NAME.value();
        DepartmentId company = setup.organisation().createDepartment(CreateDepartment.root("Company"));
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.under(company, "Sales"));
        heads.put("head:division", hire(setup, "Division", sales, headRole).value());
        for (int r = 0; r < REGIONS; r++) {
            DepartmentId region = setup.organisation().createDepartment(CreateDepartment.under(sales, "Region " + r));
            heads.put("head:region" + (r == 0 ? "" : r), hire(setup, "Region" + r, region, headRole).value());
            for (int t = 0; t < TEAMS_PER_REGION; t++) {
                DepartmentId team = setup.organisation().createDepartment(
                        CreateDepartment.under(region, "Team " + r + "." + t));
                heads.put("head:team" + (r == 0 && t == 0 ? "" : r + "." + t),
                        hire(setup, "Team" + r + "x" + t, team, headRole).value());
                for (int m = 0; m < MANAGERS_PER_TEAM; m++) {
                    EmployeeId manager = hire(setup, "Manager" + managers.size(), team, managerRole);
                    managers.add(new UUID[] {manager.value(), team.value()});
                }
            }
        }
    }

    private static EmployeeId hire(CrmSession setup, String name, DepartmentId department, String role) {
        return setup.organisation().hire(new HireEmployee(name, null, "Benchmark", "staff", department, Set.of(role)));
    }

    /** Drops the tables' secondary indexes and outgoing foreign keys; returns the statements that recreate them. */
    private static List<String[]> dropSecondary(Statement s, String... tables) throws SQLException {
        List<String[]> ddl = new ArrayList<>();
        for (String table : tables) {
            try (ResultSet rs = s.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE contype = 'f' AND conrelid = '" + SCHEMA + "." + table + "'::regclass")) {
                while (rs.next()) {
                    ddl.add(new String[] {"ALTER TABLE " + table + " DROP CONSTRAINT " + rs.getString(1),
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = '"
                    + SCHEMA + "' AND i.tablename = '" + table + "' AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                    + " WHERE c.conname = i.indexname AND c.connamespace = '" + SCHEMA + "'::regnamespace)")) {
                while (rs.next()) {
                    ddl.add(new String[] {"DROP INDEX " + rs.getString(1), rs.getString(2)});
                }
            }
        }
        for (String[] d : ddl) {
            s.execute(d[0]);
        }
        return ddl;
    }

    private static void restore(Statement s, List<String[]> ddl) throws SQLException {
        // Indexes first (they are what the foreign key checks of other tables do not need, but queries do).
        for (String[] d : ddl) {
            if (d[1].startsWith("CREATE")) {
                s.execute(d[1]);
            }
        }
        for (String[] d : ddl) {
            if (!d[1].startsWith("CREATE")) {
                s.execute(d[1]);
            }
        }
    }

    private static void requireClient(Statement s, long c) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM crm_clients WHERE id = '" + clientId(c) + "'")) {
            rs.next();
            if (rs.getInt(1) != 1) {
                throw new IllegalStateException("client " + c + " is not where clientId(c) says");
            }
        }
    }

    private static Map<String, UUID> readPeople() throws SQLException {
        Map<String, UUID> people = new LinkedHashMap<>();
        try (Connection c = BenchDatabase.connect(SCHEMA); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, employee_id FROM bench_people")) {
            while (rs.next()) {
                people.put(rs.getString(1), (UUID) rs.getObject(2));
            }
        }
        return people;
    }

    private static long lap(Map<String, Double> seconds, String step, long since) {
        long now = System.nanoTime();
        double s = (now - since) / 1e9;
        seconds.put(step, Math.round(s * 10) / 10.0);
        System.out.printf("[seed] %-60s %8.1f s%n", step, s);
        return now;
    }
}
