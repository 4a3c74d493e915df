package org.crmkit.examples.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.analytics.AnalyticsUseCases;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.examples.importer.ImportReport;
import org.crmkit.examples.importer.ImportStore;
import org.crmkit.examples.importer.MavenSalesImporter;
import org.crmkit.examples.importer.MavenSalesMapping;
import org.crmkit.examples.importer.SalesforceImporter;
import org.crmkit.examples.importer.SalesforceMapping;

/**
 * Imports a directory of CRM exports (the directory itself and its direct subdirectories; each recognised as a
 * Maven sales export or a Salesforce export by its files) into an in-memory CRM, prints the import reports and
 * the KPIs as console tables, and writes the dashboard page.
 *
 * <pre>mvn -q -pl examples -am -DskipTests package exec:java \
 *   -Dexec.mainClass=org.crmkit.examples.dashboard.ImportAndDashboard \
 *   -Dexec.args="../shared/data dashboard.html"</pre>
 * Add {@code --dry-run} as a third argument to only report what an import would do.
 */
public final class ImportAndDashboard {
    private ImportAndDashboard() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ImportAndDashboard <export dir> <out.html> [--dry-run]");
            System.exit(2);
        }
        boolean dryRun = args.length > 2 && args[2].equals("--dry-run");
        ImportStore store = ImportStore.inMemory();
        List<PipelineKey> pipelines = new ArrayList<>();
        for (Path dir : candidates(Path.of(args[0]))) {
            ImportReport report = null;
            if (MavenSalesImporter.recognises(dir)) {
                report = new MavenSalesImporter(store, MavenSalesMapping.standard()).importFrom(dir, dryRun);
                pipelines.add(MavenSalesMapping.PIPELINE);
            } else if (SalesforceImporter.recognises(dir)) {
                report = new SalesforceImporter(store, SalesforceMapping.standard()).importFrom(dir, dryRun);
                pipelines.add(SalesforceMapping.PIPELINE);
            }
            if (report != null) {
                System.out.println("== import " + dir + " ==\n" + report.summary());
            }
        }
        if (pipelines.isEmpty()) {
            System.err.println("no Maven sales or Salesforce export found in " + args[0]);
            System.exit(1);
        }
        DashboardData data = build(store, pipelines.get(0), "CRMKit dashboard — " + Path.of(args[0]).getFileName());
        System.out.println(Dashboard.console(data));
        Files.writeString(Path.of(args[1]), Dashboard.html(data), StandardCharsets.UTF_8);
        System.out.println("dashboard written to " + Path.of(args[1]).toAbsolutePath());
    }

    /** The KPIs of everything imported, read in a system context (audited like any system job). */
    public static DashboardData build(ImportStore store, PipelineKey funnelPipeline, String title) {
        Kpis kpis = store.kpis();
        CrmSession session = store.crm().system("dashboard");
        AnalyticsUseCases analytics = session.analytics(kpis);
        Instant now = store.crm().clock().instant();
        return new DashboardData(title,
                analytics.sales(SalesQuery.of("USD").withPipeline(funnelPipeline)),
                analytics.service(ServiceQuery.asOf(now)),
                analytics.staff(StaffQuery.asOf(now, "USD")),
                analytics.marketing(MarketingQuery.of("USD")));
    }

    private static List<Path> candidates(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        dirs.add(root);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs;
    }
}
