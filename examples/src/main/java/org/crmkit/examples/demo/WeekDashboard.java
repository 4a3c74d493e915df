package org.crmkit.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crmkit.core.analytics.Kpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.analytics.AnalyticsUseCases;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.internal.memory.InMemoryKpis;
import org.crmkit.examples.dashboard.Dashboard;
import org.crmkit.examples.dashboard.DashboardData;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.BusinessCalendars;

/**
 * Analytics for the demo week: the KPIs of the company as its analyst may see them (through
 * {@code session.analytics(kpis)}, so access rules apply), printed as the console table and written as the
 * self-contained HTML dashboard. Service times are measured in business time on the Russian 2026 calendar.
 * The demo runs no campaign and labels no product, so those charts say "no data".
 */
final class WeekDashboard {
    /** Where the demo writes the dashboard unless told otherwise (relative to the working directory). */
    static final Path DEFAULT_FILE = Path.of("target", "crmkit-dashboard.html");

    static final String OPTION = "--dashboard";

    private final Crm crm;
    private final Repositories repositories;
    private final DemoCompany staff;
    private final PrintStream out;

    WeekDashboard(Crm crm, Repositories repositories, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.repositories = repositories;
        this.staff = staff;
        this.out = out;
    }

    /** The file given with {@code --dashboard <file>} on the command line, else {@link #DEFAULT_FILE}. */
    static Path fileFrom(List<String> arguments) {
        int at = arguments.indexOf(OPTION);
        return at >= 0 && at + 1 < arguments.size() ? Path.of(arguments.get(at + 1)) : DEFAULT_FILE;
    }

    /**
     * The arguments without {@code --dashboard <file>}; a {@code --dashboard} with no file after it is left in,
     * for the demo to refuse as an unknown argument.
     */
    static List<String> otherArguments(List<String> arguments) {
        int at = arguments.indexOf(OPTION);
        if (at < 0 || at + 1 >= arguments.size()) {
            return arguments;
        }
        List<String> rest = new ArrayList<>(arguments);
        rest.subList(at, at + 2).clear();
        return List.copyOf(rest);
    }

    /** The KPIs as the analyst may see them, at the demo clock's now. */
    DashboardData data() {
        Kpis kpis = new InMemoryKpis(repositories.deals(), repositories.pipelines(), repositories.clients(),
                repositories.claims(), repositories.tasks(), new InMemoryCampaigns(), repositories.employees(),
                repositories.departments(), new InMemoryDealLabels());
        AnalyticsUseCases analytics = crm.as(staff.analyst()).analytics(kpis);
        Instant now = crm.clock().instant();
        BusinessCalendar calendar = BusinessCalendars.russia2026();
        return new DashboardData("Vostok Trading, week of 23 Nov 2026 - as " + staff.nameOf(staff.analyst())
                + " (analyst) sees it",
                analytics.sales(SalesQuery.of("RUB")),
                analytics.service(ServiceQuery.asOf(now).measuredBy(calendar::between)),
                analytics.staff(StaffQuery.asOf(now, "RUB")),
                analytics.marketing(MarketingQuery.of("RUB")));
    }

    /** Prints the KPI table, writes the page to {@code file} and returns the file's absolute path. */
    Path print(Path file) {
        Report.heading(out, "ANALYTICS: the week's KPIs and dashboard");
        DashboardData data = data();
        Path target = file.toAbsolutePath();
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, Dashboard.html(data), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dashboard to " + target, e);
        }
        Dashboard.console(data).lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
        out.println();
        out.println("  Dashboard written to " + target);
        return target;
    }
}
