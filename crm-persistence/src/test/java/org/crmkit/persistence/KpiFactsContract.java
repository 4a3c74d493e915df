package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.client.Client;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.junit.jupiter.api.Test;

/**
 * The KPI facts kept on the deal, claim and task rows (migrations V5, V6_1) say what the aggregates' histories (and
 * the deals' product labels and their clients' sector tags) say: the
 * repositories write them with every save (first save and later changes), and the migration's backfill computes
 * the same values from the history tables.
 */
abstract class KpiFactsContract {
    private static final List<String> MIGRATIONS = List.of("/db/migration/common/V5__kpi_facts.sql",
            "/db/migration/common/V6_1__deal_sector.sql", "/db/migration/common/V6_2__deal_weighted_units.sql");

    abstract TestDatabases.Opened open();

    @Test
    void the_stored_facts_equal_the_histories_after_first_saves_and_later_changes() {
        try (TestDatabases.Opened db = open()) {
            generate(db);
            Map<String, String> afterFirstSaves = storedFacts(db);
            changeSome(db);
            Map<String, String> afterChanges = storedFacts(db);
            assertThat(afterChanges).as("the changes moved some facts on").isNotEqualTo(afterFirstSaves);
            assertThat(afterChanges).isEqualTo(factsFromHistories(db));
        }
    }

    @Test
    void the_migration_backfill_computes_the_facts_the_repositories_write() {
        try (TestDatabases.Opened db = open()) {
            generate(db);
            changeSome(db);
            Map<String, String> written = storedFacts(db);
            execute(db, List.of("UPDATE crm_deals SET opened_at = NULL, entered_stages = NULL, cycle_micros = NULL,"
                            + " product = NULL, sector = NULL, weighted_units = NULL",
                    "UPDATE crm_claims SET resolved_at = NULL, finished = FALSE",
                    "UPDATE crm_tasks SET completed_at = NULL"));
            assertThat(storedFacts(db)).as("facts cleared").isNotEqualTo(written);
            execute(db, backfill());
            assertThat(storedFacts(db)).isEqualTo(written);
        }
    }

    private static void generate(TestDatabases.Opened db) {
        KpiWorldGenerator world = new KpiWorldGenerator(7L, Repositories.inMemory(), new InMemoryCampaigns(),
                new InMemoryDealLabels(), db.storage());
        db.storage().transactions().inTransaction(() -> {
            world.generate(120, 80, 80, 1);
            return null;
        });
    }

    /**
     * Wins or loses open deals, reopens finished claims, completes open tasks, changes or removes clients' sector
     * tags: updates of stored rows.
     */
    private static void changeSome(TestDatabases.Opened db) {
        Repositories repos = db.storage().repositories();
        Pipeline pipeline = Pipeline.standard();
        db.storage().transactions().inTransaction(() -> {
            List<Deal> open = repos.deals().all().stream().filter(Deal::isOpen).limit(10).toList();
            for (int i = 0; i < open.size(); i++) {
                Deal d = open.get(i);
                Stamp later = Stamp.of(d.owner(), d.openedAt().plus(Duration.ofDays(40 + i)));
                tryTo(() -> d.advanceTo(StageKey.of("negotiation"), pipeline, StageGate.OPEN, later));
                if (i % 2 == 0) {
                    tryTo(() -> d.win(StageKey.of("won"), pipeline, StageGate.OPEN, later));
                } else {
                    tryTo(() -> d.lose(StageKey.of("lost"), "price", pipeline, StageGate.OPEN, later));
                }
                repos.deals().save(d);
                // relabel some deals, unlabel others: the product fact follows the label
                db.storage().dealLabels().label(d.id(), DealLabels.PRODUCT, i % 3 == 0 ? null : "Product " + i);
            }
            List<Client> clients = repos.clients().all();
            for (int i = 0; i < Math.min(clients.size(), 9); i++) {
                Client c = clients.get(i);
                Stamp later = Stamp.of(c.owner(), OffsetDateTime.parse("2026-02-01T10:00:00Z").toInstant());
                tryTo(() -> KpiFacts.sector(c).ifPresent(old -> c.untag(KpiFacts.SECTOR_TAG + old, later)));
                if (i % 3 != 0) {
                    // a new sector; two sector tags on some: the least one counts
                    String sector = i % 3 == 1 ? "mining" : "banking";
                    tryTo(() -> c.tag(KpiFacts.SECTOR_TAG + sector, later));
                    if (sector.equals("banking")) {
                        tryTo(() -> c.tag(KpiFacts.SECTOR_TAG + "zoology", later));
                    }
                }
                repos.clients().save(c);
            }
            for (Claim c : first(repos.claims().all(), c -> c.status() == ClaimStatus.RESOLVED
                    || c.status() == ClaimStatus.CLOSED)) {
                tryTo(() -> c.reopen("again", Stamp.of(c.owner(), c.registeredAt().plus(Duration.ofDays(60)))));
                repos.claims().save(c);
            }
            for (Task t : first(repos.tasks().all(), t -> t.status() != TaskStatus.DONE && t.isOpen())) {
                Stamp done = Stamp.of(t.owner(), OffsetDateTime.parse("2026-03-01T10:00:00Z").toInstant());
                tryTo(() -> t.start(done));
                tryTo(() -> t.complete(done));
                repos.tasks().save(t);
            }
            return null;
        });
    }

    private static <T> List<T> first(List<T> all, Predicate<T> which) {
        return all.stream().filter(which).limit(10).toList();
    }

    private static void tryTo(Runnable command) {
        try {
            command.run();
        } catch (DomainException refused) {
            // the aggregate refuses a change in its state: it stays as it was
        }
    }

    /** Every stored fact, keyed "table id column". */
    private static Map<String, String> storedFacts(TestDatabases.Opened db) {
        Map<String, String> facts = new TreeMap<>();
        read(db, "SELECT id, opened_at, entered_stages, cycle_micros, product, sector, weighted_units FROM crm_deals",
                "deal", List.of("opened_at", "entered_stages", "cycle_micros", "product", "sector", "weighted_units"),
                facts);
        read(db, "SELECT id, resolved_at, finished FROM crm_claims", "claim", List.of("resolved_at", "finished"), facts);
        read(db, "SELECT id, completed_at FROM crm_tasks", "task", List.of("completed_at"), facts);
        return facts;
    }

    /** The same facts computed by {@link KpiFacts} from the aggregates loaded back (histories included). */
    private static Map<String, String> factsFromHistories(TestDatabases.Opened db) {
        Map<String, String> facts = new TreeMap<>();
        Repositories repos = db.storage().repositories();
        for (Deal d : repos.deals().all()) {
            String id = "deal " + d.id().value() + " ";
            facts.put(id + "opened_at", text(d.openedAt()));
            facts.put(id + "entered_stages", KpiFacts.enteredStages(d));
            facts.put(id + "cycle_micros", d.closedAt().map(closed -> String.valueOf(
                    ChronoUnit.MICROS.between(d.openedAt(), closed))).orElse("null"));
            facts.put(id + "product", db.storage().dealLabels().of(d.id()).getOrDefault(DealLabels.PRODUCT, "null"));
            facts.put(id + "sector", repos.clients().find(d.client()).flatMap(KpiFacts::sector).orElse("null"));
            // the weighted amount in whole smallest units (the generated deals are in USD and EUR: two decimals)
            facts.put(id + "weighted_units", d.weightedAmount().map(m -> m.amount().movePointRight(2)
                    .toPlainString()).orElse("null"));
        }
        for (Claim c : repos.claims().all()) {
            String id = "claim " + c.id().value() + " ";
            facts.put(id + "resolved_at", KpiFacts.resolvedAt(c).map(KpiFactsContract::text).orElse("null"));
            facts.put(id + "finished", String.valueOf(KpiFacts.finished(c)));
        }
        for (Task t : repos.tasks().all()) {
            facts.put("task " + t.id().value() + " completed_at",
                    KpiFacts.completedAt(t).map(KpiFactsContract::text).orElse("null"));
        }
        return facts;
    }

    private static String text(java.time.Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static void read(TestDatabases.Opened db, String sql, String table, List<String> columns,
                             Map<String, String> into) {
        try (Connection c = db.storage().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String id = table + " " + rs.getObject(1, java.util.UUID.class) + " ";
                for (int i = 0; i < columns.size(); i++) {
                    Object v = rs.getObject(i + 2);
                    String value = v == null ? "null" : v instanceof java.sql.Timestamp || columns.get(i).endsWith("_at")
                            ? text(rs.getObject(i + 2, OffsetDateTime.class).toInstant()) : String.valueOf(v);
                    into.put(id + columns.get(i), value);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The UPDATE statements of the migrations: their backfills. */
    private static List<String> backfill() {
        List<String> updates = new ArrayList<>();
        for (String migration : MIGRATIONS) {
            try (InputStream in = KpiFactsContract.class.getResourceAsStream(migration)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                Arrays.stream(text.split(";")).map(String::strip).filter(s -> s.startsWith("UPDATE"))
                        .forEach(updates::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(updates).as("the migrations backfill").hasSizeGreaterThanOrEqualTo(4);
        return updates;
    }

    private static void execute(TestDatabases.Opened db, List<String> statements) {
        try (Connection c = db.storage().dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.executeUpdate(sql);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
