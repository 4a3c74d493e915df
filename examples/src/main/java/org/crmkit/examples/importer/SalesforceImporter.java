package org.crmkit.examples.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignChannel;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignPeriod;
import org.crmkit.core.campaign.Recipient;
import org.crmkit.core.campaign.ResponseStatus;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.memory.InMemoryPipelines;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;

/**
 * Imports a Salesforce data export: Account (clients, tagged {@code sector:<industry>}), Opportunity (deals in
 * the {@link SalesforceMapping#pipeline() salesforce pipeline}, labelled with Product__c), Case (claims), Task
 * (tasks), Campaign and CampaignMember (campaigns and their members). Salesforce users (OwnerId) become employees
 * of a "Salesforce users" department. Same principles as {@link MavenSalesImporter}: historical stamps, system
 * context, idempotent through {@link ExternalId} (accounts) and the {@link IdMap} (everything else), every
 * refused row and every quirk in the report, dry run writes nothing.
 *
 * <p>Not imported yet: Contact and Lead as aggregates (campaign members refer to them by mapped ids only),
 * AccountContactRelation, Branch__c.
 */
public final class SalesforceImporter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final ImportStore store;
    private final SalesforceMapping mapping;

    public SalesforceImporter(ImportStore store, SalesforceMapping mapping) {
        this.store = Objects.requireNonNull(store, "store");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    public static boolean recognises(Path dir) {
        return dir.resolve("Account.csv").toFile().isFile() && dir.resolve("Opportunity.csv").toFile().isFile();
    }

    public ImportReport importFrom(Path dir, boolean dryRun) {
        CrmSession system = store.crm().system("import " + mapping.system() + " export from " + dir.getFileName());
        if (!system.isSystem()) {
            throw new IllegalStateException("an import runs in a system context");
        }
        ImportReport report = new ImportReport(dryRun);
        Run run = new Run(report, dryRun);
        run.accounts(CsvTable.read(dir.resolve("Account.csv")));
        run.contacts(CsvTable.read(dir.resolve("Contact.csv")));
        // Campaigns first: opportunities are attributed to them (Opportunity.CampaignId), and members join them
        // before finished campaigns are closed.
        run.campaigns(CsvTable.read(dir.resolve("Campaign.csv")));
        run.members(CsvTable.read(dir.resolve("CampaignMember.csv")));
        run.opportunities(CsvTable.read(dir.resolve("Opportunity.csv")));
        run.closeCampaigns();
        run.cases(CsvTable.read(dir.resolve("Case.csv")));
        run.tasks(CsvTable.read(dir.resolve("Task.csv")));
        return report;
    }

    private final class Run {
        private final ImportReport report;
        private final boolean dryRun;
        private final ImportOrganisation org;
        private final Pipeline pipeline = SalesforceMapping.pipeline();
        private final Map<String, ClientId> accounts = new HashMap<>();
        private final Map<String, String> accountOfContact = new HashMap<>();
        private final Map<String, CampaignId> campaigns = new HashMap<>();
        private final java.util.Set<String> seenInRun = new java.util.HashSet<>();
        private final Map<CampaignId, Stamp> endings = new HashMap<>();
        private final Map<CampaignId, Stamp> cancellations = new HashMap<>();
        private final DepartmentId users;
        private final String sys = mapping.system();

        Run(ImportReport report, boolean dryRun) {
            this.report = report;
            this.dryRun = dryRun;
            this.org = new ImportOrganisation(store, dryRun);
            this.users = org.department(sys, "users", "Salesforce users", org.root(), report.file("(users)"));
            if (!dryRun && store.repositories().pipelines() instanceof InMemoryPipelines p
                    && store.repositories().pipelines().find(SalesforceMapping.PIPELINE).isEmpty()) {
                p.register(pipeline);
            }
        }

        private EmployeeId user(String ownerId) {
            return org.employee(sys, "user:" + ownerId, "Salesforce " + ownerId, "Salesforce user", users,
                    StandardRoles.SALES_MANAGER_NAME, report.file("(users)"));
        }

        /**
         * Whether the row needs no work: refused when its id repeats within this run (an error of the file),
         * counted as already imported when an earlier import took it.
         */
        private boolean known(String kind, String id, ImportReport.FileCounts counts, CsvTable t, CsvTable.Row r) {
            if (id.isEmpty()) {
                report.refuse(t.file(), r.line(), "Id", "blank id");
                return true;
            }
            if (!seenInRun.add(kind + "|" + id)) {
                report.refuse(t.file(), r.line(), "Id", "duplicate id '" + id + "' in this file");
                return true;
            }
            if (store.ids().find(sys, kind, id).isPresent()) {
                counts.alreadyImported++;
                return true;
            }
            return false;
        }

        private void remember(String kind, String id, UUID value, ImportReport.FileCounts counts) {
            if (!dryRun) {
                store.ids().put(sys, kind, id, value);
            }
            counts.created++;
        }

        void accounts(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                if (id.isEmpty() || r.get("Name").isEmpty()) {
                    report.refuse(t.file(), r.line(), id.isEmpty() ? "Id" : "Name", "blank");
                    continue;
                }
                String industry = r.get("Industry");
                if (industry.isEmpty()) {
                    report.quirk("Account.csv: account without Industry (no sector)");
                }
                accounts.put(id, client(id, r.get("Name"), industry.isEmpty() ? null
                        : "sector:" + industry.toLowerCase(Locale.ROOT), instant(r.get("CreatedDate")), counts));
            }
        }

        private ClientId client(String key, String name, String tag, Instant at, ImportReport.FileCounts counts) {
            ExternalId external = ExternalId.of(sys, key);
            var existing = store.repositories().clients().findByExternalId(external);
            if (existing.isPresent()) {
                counts.alreadyImported++;
                return existing.get().id();
            }
            Stamp stamp = Stamp.of(EmployeeId.SYSTEM, at == null ? store.crm().clock().instant() : at);
            Client client = Client.onboardCompany(ClientId.newId(), name, List.of(), EmployeeId.SYSTEM, org.root(),
                    stamp);
            client.linkExternalId(external, stamp);
            if (tag != null) {
                client.tag(tag, stamp);
            }
            if (!dryRun) {
                store.repositories().clients().save(client);
            }
            counts.created++;
            return client.id();
        }

        void contacts(CsvTable t) {
            for (CsvTable.Row r : t.rows()) {
                if (!r.get("AccountId").isEmpty()) {
                    accountOfContact.put(r.get("Id"), r.get("AccountId"));
                }
            }
        }

        void opportunities(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                if (known("opportunity", id, counts, t, r)) {
                    continue;
                }
                String stage = mapping.stages().get(r.get("StageName"));
                ClientId client = accounts.get(r.get("AccountId"));
                if (stage == null || client == null) {
                    report.refuse(t.file(), r.line(), stage == null ? "StageName" : "AccountId",
                            stage == null ? "unknown stage '" + r.get("StageName") + "'"
                                    : "unknown account '" + r.get("AccountId") + "'");
                    continue;
                }
                Instant created = instant(r.get("CreatedDate"));
                LocalDate closeDate = r.get("CloseDate").isEmpty() ? null : LocalDate.parse(r.get("CloseDate"));
                boolean closing = stage.equals("won") || stage.equals("lost");
                Instant opened = created;
                if (closing && closeDate != null && start(closeDate).isBefore(created)) {
                    report.quirk("Opportunity.csv: closed before its CreatedDate (opened on its CloseDate instead)");
                    opened = start(closeDate);
                }
                EmployeeId owner = user(r.get("OwnerId"));
                Stamp at = Stamp.of(owner, opened);
                Deal deal = Deal.open(DealId.newId(), client, r.get("Name"), pipeline, owner, users, at);
                if (!r.get("Amount").isEmpty()) {
                    deal.changeAmount(Money.of(new BigDecimal(r.get("Amount")), Currency.getInstance(mapping.currency())),
                            at);
                }
                if (closing) {
                    Stamp closed = Stamp.of(owner, closeDate == null ? opened : start(closeDate));
                    if (stage.equals("won")) {
                        deal.win(StageKey.of("won"), pipeline, StageGate.OPEN, closed);
                    } else {
                        deal.lose(StageKey.of("lost"), "Closed Lost in Salesforce", pipeline, StageGate.OPEN, closed);
                    }
                } else {
                    walkTo(deal, StageKey.of(stage), at);
                    if (closeDate != null) {
                        deal.expectCloseOn(closeDate, at);
                    }
                }
                CampaignId source = campaigns.get(r.get("CampaignId"));
                if (!r.get("CampaignId").isEmpty() && source == null) {
                    report.quirk("Opportunity.csv: CampaignId of a campaign not in Campaign.csv (not attributed)");
                }
                if (!dryRun) {
                    store.repositories().deals().save(deal);
                    store.labels().label(deal.id(), DealLabels.PRODUCT, r.get("Product__c"));
                    if (source != null) {
                        Campaign campaign = store.campaigns().get(source);
                        campaign.attributeDeal(deal.id(), at);
                        store.campaigns().save(campaign);
                    }
                }
                remember("opportunity", id, deal.id().value(), counts);
            }
        }

        private void walkTo(Deal deal, StageKey target, Stamp at) {
            for (Stage s : pipeline.openStages()) {
                if (deal.stage().equals(target)) {
                    return;
                }
                if (!s.key().equals(deal.stage()) && pipeline.allows(deal.stage(), s.key())) {
                    deal.advanceTo(s.key(), pipeline, StageGate.OPEN, at);
                }
            }
        }

        void cases(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                if (known("case", id, counts, t, r)) {
                    continue;
                }
                String rawStatus = r.get("Status");
                String status = mapping.caseStatuses().get(rawStatus.toLowerCase(Locale.ROOT));
                if (status == null) {
                    report.refuse(t.file(), r.line(), "Status", "unknown status '" + rawStatus + "'");
                    continue;
                }
                if (!rawStatus.equals("Closed") && !rawStatus.equals("Open") && !rawStatus.equals("In Progress")) {
                    report.quirk("Case.csv: Status spelled '" + rawStatus + "' (read case-insensitively as "
                            + status + ")");
                }
                ClientId client = accounts.get(r.get("AccountId"));
                if (client == null && accountOfContact.containsKey(r.get("ContactId"))) {
                    client = accounts.get(accountOfContact.get(r.get("ContactId")));
                    report.quirk("Case.csv: case without AccountId (client taken from its contact)");
                }
                if (client == null) {
                    report.quirk("Case.csv: case without account, also not through its contact (booked to '"
                            + mapping.noAccount() + "')");
                    client = accounts.computeIfAbsent("(none)", k -> client("(none)", mapping.noAccount(), null,
                            null, report.file("(derived)")));
                }
                ClaimChannel channel = mapping.origins().get(r.get("Origin"));
                if (channel == null) {
                    channel = mapping.defaultChannel();
                    report.quirk("Case.csv: blank or unknown Origin (channel " + channel + ")");
                }
                Instant registered = dateOr(r.get(mapping.caseOpenedColumn()), r.get("CreatedDate"));
                Instant closedAt = dateOr(r.get(mapping.caseClosedColumn()), r.get("ClosedDate"));
                if (closedAt != null && closedAt.isBefore(registered)) {
                    report.quirk("Case.csv: closed before it was opened (closing moved to the opening)");
                    closedAt = registered;
                }
                EmployeeId owner = user(r.get("OwnerId"));
                String type = r.get("Type").isEmpty() ? "other" : r.get("Type");
                Severity severity = switch (r.get("Priority").toLowerCase(Locale.ROOT)) {
                    case "low" -> Severity.LOW;
                    case "high" -> Severity.HIGH;
                    case "critical" -> Severity.CRITICAL;
                    default -> Severity.MEDIUM;
                };
                Claim claim = Claim.register(ClaimId.newId(), client, null, channel,
                        ClaimCategory.of(type.toLowerCase(Locale.ROOT)), severity,
                        r.get("Subject").isEmpty() ? type : r.get("Subject"), r.get("Subject").isEmpty() ? type
                                : r.get("Subject"), null, null, users, Stamp.of(owner, registered));
                if (!status.equals("open")) {
                    Stamp start = Stamp.of(owner, registered);
                    claim.review(start);
                    claim.assign(users, owner, start);
                }
                if (status.equals("closed")) {
                    Stamp end = Stamp.of(owner, closedAt == null ? registered : closedAt);
                    claim.resolve("closed in Salesforce", end);
                    claim.close(end);
                }
                if (!dryRun) {
                    store.repositories().claims().save(claim);
                }
                remember("case", id, claim.id().value(), counts);
            }
        }

        void tasks(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                if (known("task", id, counts, t, r)) {
                    continue;
                }
                if (r.get("Subject").isEmpty()) {
                    report.refuse(t.file(), r.line(), "Subject", "a task needs a subject");
                    continue;
                }
                EmployeeId owner = user(r.get("OwnerId"));
                Instant due = r.get("ActivityDate").isEmpty() ? null : start(LocalDate.parse(r.get("ActivityDate")));
                ClientId client = accounts.get(r.get("AccountId"));
                Task task = Task.create(TaskId.newId(), r.get("Subject"), null, owner, users, due, Priority.NORMAL,
                        client == null ? TaskLink.none() : TaskLink.toClient(client),
                        Stamp.of(owner, instant(r.get("CreatedDate"))));
                String status = r.get("Status").toLowerCase(Locale.ROOT);
                if (status.equals("completed")) {
                    Stamp done = Stamp.of(owner, instant(r.get("LastModifiedDate")));
                    task.start(done);
                    task.complete(done);
                } else if (status.equals("in progress")) {
                    task.start(Stamp.of(owner, instant(r.get("LastModifiedDate"))));
                }
                if (!dryRun) {
                    store.repositories().tasks().save(task);
                }
                remember("task", id, task.id().value(), counts);
            }
        }

        void campaigns(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                var mapped = store.ids().find(sys, "campaign", id);
                if (mapped.isPresent()) {
                    campaigns.put(id, new CampaignId(mapped.get()));
                    counts.alreadyImported++;
                    continue;
                }
                if (r.get("StartDate").isEmpty() || r.get("EndDate").isEmpty()) {
                    report.refuse(t.file(), r.line(), "StartDate/EndDate", "a campaign needs its period");
                    continue;
                }
                String cost = r.get("BudgetedCost");
                if (cost.isEmpty()) {
                    report.quirk("Campaign.csv: campaign without BudgetedCost (budget 0)");
                }
                EmployeeId owner = user(r.get("OwnerId"));
                LocalDate start = LocalDate.parse(r.get("StartDate"));
                LocalDate end = LocalDate.parse(r.get("EndDate"));
                Campaign c = Campaign.plan(CampaignId.newId(), r.get("Name"),
                        CampaignChannel.of(r.get("Type").isEmpty() ? "other" : r.get("Type")),
                        CampaignPeriod.of(start, end), Money.of(cost.isEmpty() ? BigDecimal.ZERO : new BigDecimal(cost),
                                Currency.getInstance(mapping.currency())), null, owner, users,
                        Stamp.of(owner, instant(r.get("CreatedDate"))));
                String status = r.get("Status").toLowerCase(Locale.ROOT);
                if (status.equals("in progress") || status.equals("completed")) {
                    c.start(Stamp.of(owner, start(start)));
                }
                // Finished or cancelled only after the members are in: a campaign takes members while it runs.
                if (status.equals("completed")) {
                    endings.put(c.id(), Stamp.of(owner, start(end.plusDays(1))));
                } else if (status.equals("aborted")) {
                    cancellations.put(c.id(), Stamp.of(owner, start(end)));
                }
                if (!dryRun) {
                    store.campaigns().save(c);
                }
                campaigns.put(id, c.id());
                remember("campaign", id, c.id().value(), counts);
            }
        }

        void members(CsvTable t) {
            ImportReport.FileCounts counts = report.file(t.file());
            for (CsvTable.Row r : t.rows()) {
                counts.read++;
                String id = r.get("Id");
                if (known("campaign-member", id, counts, t, r)) {
                    continue;
                }
                CampaignId campaignId = campaigns.get(r.get("CampaignId"));
                String person = r.get("ContactId").isEmpty() ? r.get("LeadId") : r.get("ContactId");
                if (campaignId == null || person.isEmpty()) {
                    report.refuse(t.file(), r.line(), campaignId == null ? "CampaignId" : "ContactId/LeadId",
                            campaignId == null ? "unknown campaign '" + r.get("CampaignId") + "'" : "no person");
                    continue;
                }
                UUID personId = store.ids().find(sys, "person", person).orElseGet(UUID::randomUUID);
                if (!dryRun) {
                    store.ids().put(sys, "person", person, personId);
                }
                Recipient recipient = Recipient.contact(new ContactId(personId));
                Campaign c = dryRun ? null : store.campaigns().get(campaignId);
                if (c != null) {
                    Instant invited = dateOr(r.get("Added_Date__c"), r.get("CreatedDate"));
                    Stamp at = Stamp.of(EmployeeId.SYSTEM, invited);
                    c.invite(recipient, at);
                    if (r.get("HasResponded").equals("1") || r.get("HasResponded").equalsIgnoreCase("true")) {
                        c.recordResponse(recipient, ResponseStatus.RESPONDED, at);
                    }
                    store.campaigns().save(c);
                }
                remember("campaign-member", id, personId, counts);
            }
        }

        void closeCampaigns() {
            if (dryRun) {
                return;
            }
            endings.forEach((id, at) -> {
                Campaign c = store.campaigns().get(id);
                c.finish(at);
                store.campaigns().save(c);
            });
            cancellations.forEach((id, at) -> {
                Campaign c = store.campaigns().get(id);
                c.cancel("Aborted in Salesforce", at);
                store.campaigns().save(c);
            });
        }

        private Instant instant(String text) {
            return text.isEmpty() ? store.crm().clock().instant() : OffsetDateTime.parse(text, STAMP).toInstant();
        }

        private Instant dateOr(String date, String stampText) {
            if (!date.isEmpty()) {
                return start(LocalDate.parse(date));
            }
            return stampText.isEmpty() ? null : instant(stampText);
        }

        private Instant start(LocalDate day) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
