package org.crmkit.examples.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.memory.InMemoryPipelines;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Stamp;

/**
 * Imports the Maven "CRM + Sales Opportunities" files: sales_teams.csv (offices, managers' teams, agents),
 * products.csv (list prices), accounts.csv (clients, tagged {@code sector:<sector>}) and sales_pipeline.csv
 * (deals in the {@link MavenSalesMapping#pipeline() maven-sales pipeline}, labelled with their product).
 *
 * <p>Why not through the deal use cases: a migration replays history. Use cases stamp every change with the
 * session's clock and actor, so an imported deal would look opened and closed today by the system; here each
 * aggregate is built through its own factory and behaviour methods with the source's dates and owners (so every
 * aggregate invariant still holds) and saved through the repository ports. The import still runs only in a
 * system context, which it opens itself and which leaves an audit entry.
 *
 * <p>Idempotent: agents, offices, teams and opportunities are found in the {@link IdMap}, accounts by their
 * {@link ExternalId}; a second import creates nothing.
 */
public final class MavenSalesImporter {
    private final ImportStore store;
    private final MavenSalesMapping mapping;

    public MavenSalesImporter(ImportStore store, MavenSalesMapping mapping) {
        this.store = Objects.requireNonNull(store, "store");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /** Whether a directory holds these files. */
    public static boolean recognises(Path dir) {
        return dir.resolve("sales_pipeline.csv").toFile().isFile() && dir.resolve("sales_teams.csv").toFile().isFile();
    }

    public ImportReport importFrom(Path dir, boolean dryRun) {
        CrmSession system = store.crm().system("import " + mapping.system() + " export from " + dir.getFileName());
        if (!system.isSystem()) {
            throw new IllegalStateException("an import runs in a system context");
        }
        ImportReport report = new ImportReport(dryRun);
        Run run = new Run(report, dryRun);
        run.teams(CsvTable.read(dir.resolve("sales_teams.csv")));
        run.products(CsvTable.read(dir.resolve("products.csv")));
        run.accounts(CsvTable.read(dir.resolve("accounts.csv")));
        run.pipeline(CsvTable.read(dir.resolve("sales_pipeline.csv")));
        return report;
    }

    /** A checked opportunity waiting for its chunk to be written. */
    private record Pending(Deal deal, String product, String sourceId) {
    }

    /** The state of one import run. */
    private final class Run {
        private final ImportReport report;
        private final boolean dryRun;
        private final ImportOrganisation org;
        private final Map<String, EmployeeId> agents = new HashMap<>();
        private final Map<String, BigDecimal> prices = new HashMap<>();
        private final Map<String, ClientId> accounts = new HashMap<>();
        private final Pipeline pipeline = MavenSalesMapping.pipeline();
        private final Set<String> agentsWithDeals = new HashSet<>();
        private final Set<String> opportunitiesInRun = new HashSet<>();
        private DepartmentId root;

        Run(ImportReport report, boolean dryRun) {
            this.report = report;
            this.dryRun = dryRun;
            this.org = new ImportOrganisation(store, dryRun);
            if (!dryRun && store.repositories().pipelines() instanceof InMemoryPipelines p
                    && store.repositories().pipelines().find(MavenSalesMapping.PIPELINE).isEmpty()) {
                p.register(pipeline);
            }
        }

        void teams(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            root = org.root();
            String sys = mapping.system();
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String agent = r.get("sales_agent");
                String manager = r.get("manager");
                String office = r.get("regional_office");
                if (agent.isEmpty() || manager.isEmpty() || office.isEmpty()) {
                    report.refuse(t.file(), r.line(), agent.isEmpty() ? "sales_agent"
                            : manager.isEmpty() ? "manager" : "regional_office", "blank value");
                    continue;
                }
                long before = counts.created;
                DepartmentId officeId = org.department(sys, "office:" + office, office, root, counts);
                DepartmentId team = org.department(sys, "team:" + manager, manager + "'s team", officeId, counts);
                org.employee(sys, "agent:" + manager, manager, "sales manager (head of team)", team,
                        StandardRoles.HEAD_OF_SALES_NAME, counts);
                agents.put(agent, org.employee(sys, "agent:" + agent, agent, "sales agent", team,
                        StandardRoles.SALES_MANAGER_NAME, counts));
                if (counts.created == before) {
                    counts.alreadyImported++;
                }
            }
        }

        void products(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                try {
                    prices.put(r.get("product"), new BigDecimal(r.get("sales_price")));
                    counts.created++;
                } catch (NumberFormatException e) {
                    report.refuse(t.file(), r.line(), "sales_price", "not a number: '" + r.get("sales_price") + "'");
                }
            }
        }

        void accounts(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String name = r.get("account");
                if (name.isEmpty()) {
                    report.refuse(t.file(), r.line(), "account", "blank account name");
                    continue;
                }
                String sector = r.get("sector");
                String fixed = mapping.sectorAliases().get(sector);
                if (fixed != null) {
                    report.quirk("accounts.csv: sector '" + sector + "' read as '" + fixed + "'");
                    sector = fixed;
                }
                String finalSector = sector;
                accounts.put(name, client(name, finalSector.isEmpty() ? null : "sector:" + finalSector, counts));
            }
        }

        ClientId client(String name, String tag, ImportReport.FileCounts counts) {
            ExternalId key = ExternalId.of(mapping.system(), name);
            var existing = store.repositories().clients().findByExternalId(key);
            if (existing.isPresent()) {
                counts.alreadyImported++;
                return existing.get().id();
            }
            Stamp stamp = Stamp.of(EmployeeId.SYSTEM, store.crm().clock().instant());
            Client client = Client.onboardCompany(ClientId.newId(), name, List.of(), EmployeeId.SYSTEM, root, stamp);
            client.linkExternalId(key, stamp);
            if (tag != null) {
                client.tag(tag, stamp);
            }
            if (!dryRun) {
                store.repositories().clients().save(client);
            }
            counts.created++;
            return client.id();
        }

        void pipeline(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            List<CsvTable.Row> rows = t.rows();
            for (int from = 0; from < rows.size(); from += mapping.chunkSize()) {
                List<CsvTable.Row> chunk = rows.subList(from, Math.min(rows.size(), from + mapping.chunkSize()));
                // A chunk is checked whole first, then written as one unit of work: with a database behind the
                // Transactions port, a failure leaves no half-written chunk.
                List<Pending> pending = new java.util.ArrayList<>();
                for (CsvTable.Row r : chunk) {
                    counts.read++;
                    Pending p = opportunity(t.file(), r, counts);
                    if (p != null) {
                        pending.add(p);
                    }
                }
                if (!dryRun) {
                    store.transactions().inTransaction(() -> {
                        pending.forEach(this::write);
                        return null;
                    });
                }
                report.chunkDone();
            }
            agents.keySet().stream().filter(a -> !agentsWithDeals.contains(a)).sorted()
                    .forEach(a -> report.quirk("sales_teams.csv: agent with no opportunity (" + a + ")"));
        }

        private void write(Pending p) {
            store.repositories().deals().save(p.deal());
            store.labels().label(p.deal().id(), DealLabels.PRODUCT, p.product());
            store.ids().put(mapping.system(), "opportunity", p.sourceId(), p.deal().id().value());
        }

        private Pending opportunity(String file, CsvTable.Row r, ImportReport.FileCounts counts) {
            String id = r.get("opportunity_id");
            if (id.isEmpty()) {
                report.refuse(file, r.line(), "opportunity_id", "blank id");
                return null;
            }
            // A repeated id within the file is an error of the file; an id from an earlier import is known.
            if (!opportunitiesInRun.add(id)) {
                report.refuse(file, r.line(), "opportunity_id", "duplicate id '" + id + "' in this file");
                return null;
            }
            if (store.ids().find(mapping.system(), "opportunity", id).isPresent()) {
                counts.alreadyImported++;
                return null;
            }
            EmployeeId agent = agents.get(r.get("sales_agent"));
            if (agent == null) {
                report.refuse(file, r.line(), "sales_agent", "unknown agent '" + r.get("sales_agent") + "'");
                return null;
            }
            String stageName = r.get("deal_stage");
            String stage = mapping.stages().get(stageName);
            if (stage == null) {
                report.refuse(file, r.line(), "deal_stage", "unknown stage '" + stageName + "'");
                return null;
            }
            String product = r.get("product");
            String canonical = mapping.productAliases().get(product);
            if (canonical != null) {
                report.quirk("sales_pipeline.csv: product '" + product + "' read as '" + canonical + "'");
                product = canonical;
            }
            if (!prices.containsKey(product)) {
                report.refuse(file, r.line(), "product", "not in products.csv: '" + product + "'");
                return null;
            }
            LocalDate engaged;
            LocalDate closed;
            try {
                engaged = date(r.get("engage_date"));
                closed = date(r.get("close_date"));
            } catch (DateTimeParseException e) {
                report.refuse(file, r.line(), "engage_date/close_date", "not a date: " + e.getParsedString());
                return null;
            }
            boolean closing = stage.equals("won") || stage.equals("lost");
            if (closing && (closed == null || engaged == null)) {
                report.refuse(file, r.line(), closed == null ? "close_date" : "engage_date",
                        stageName + " without " + (closed == null ? "close_date" : "engage_date"));
                return null;
            }
            if (!closing && closed != null) {
                report.refuse(file, r.line(), "close_date", stageName + " yet closed on " + closed);
                return null;
            }
            BigDecimal value = null;
            if (stage.equals("won")) {
                try {
                    value = new BigDecimal(r.get("close_value"));
                } catch (NumberFormatException e) {
                    report.refuse(file, r.line(), "close_value", "won without a value: '" + r.get("close_value") + "'");
                    return null;
                }
            } else if (stage.equals("lost")) {
                if (!r.get("close_value").isEmpty() && new BigDecimal(r.get("close_value")).signum() == 0) {
                    report.quirk("sales_pipeline.csv: lost opportunity with close_value 0 (kept without an amount)");
                }
            } else if (mapping.openAmountIsListPrice()) {
                value = prices.get(product);
                report.quirk("sales_pipeline.csv: open opportunity without close_value (amount = list price)");
            }
            ClientId client;
            String account = r.get("account");
            if (account.isEmpty()) {
                report.quirk("sales_pipeline.csv: opportunity without account (" + stageName
                        + ") booked to client '" + mapping.noAccount() + "'");
                client = accounts.computeIfAbsent(mapping.noAccount(), n -> client(n, null, report.file("(derived)")));
            } else {
                client = accounts.get(account);
                if (client == null) {
                    report.refuse(file, r.line(), "account", "not in accounts.csv: '" + account + "'");
                    return null;
                }
            }
            Instant openedAt;
            if (engaged == null) {
                openedAt = store.crm().clock().instant();
                report.quirk("sales_pipeline.csv: opportunity without engage_date (" + stageName
                        + ") opened at import time");
            } else {
                openedAt = start(engaged);
            }
            agentsWithDeals.add(r.get("sales_agent"));
            Deal deal = Deal.open(DealId.newId(), client, product + " — " + (account.isEmpty() ? "?" : account),
                    pipeline, agent, store.repositories().employees().find(agent)
                            .map(e -> e.department()).orElse(root), Stamp.of(agent, openedAt));
            Stamp openStamp = Stamp.of(agent, openedAt);
            if (value != null) {
                deal.changeAmount(Money.of(value, java.util.Currency.getInstance(mapping.currency())), openStamp);
            }
            if (engaged != null) {
                deal.advanceTo(StageKey.of("engaging"), pipeline, StageGate.OPEN, openStamp);
            }
            if (stage.equals("won")) {
                deal.win(StageKey.of("won"), pipeline, StageGate.OPEN, Stamp.of(agent, start(closed)));
            } else if (stage.equals("lost")) {
                deal.lose(StageKey.of("lost"), "lost (the source gives no reason)", pipeline, StageGate.OPEN,
                        Stamp.of(agent, start(closed)));
            }
            counts.created++;
            return new Pending(deal, product, id);
        }

        private LocalDate date(String text) {
            return text.isEmpty() ? null : LocalDate.parse(text, mapping.dateFormat());
        }

        private Instant start(LocalDate day) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
