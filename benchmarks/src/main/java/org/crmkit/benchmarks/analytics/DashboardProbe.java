package org.crmkit.benchmarks.analytics;

import java.time.Instant;

import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.application.analytics.AnalyticsUseCases;
import org.crmkit.persistence.PersistentCrm;

/**
 * Seeds the benchmark database if needed and prints how long each KPI group takes once (a diagnostic to see where
 * the dashboard's time goes; the figure to quote comes from {@link DashboardKpisBenchmark}).
 */
public final class DashboardProbe {
    private DashboardProbe() {
    }

    public static void main(String[] args) {
        try (PersistentCrm storage = DashboardDatabase.open()) {
            AnalyticsUseCases a = storage.crmBuilder().build().system("probe").analytics(storage.kpis());
            Instant asOf = Instant.parse("2025-01-01T00:00:00Z");
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                var sales = a.sales(SalesQuery.of("USD"));
                long t1 = System.nanoTime();
                var service = a.service(ServiceQuery.asOf(asOf));
                long t2 = System.nanoTime();
                var staff = a.staff(StaffQuery.asOf(asOf, "USD"));
                long t3 = System.nanoTime();
                var marketing = a.marketing(MarketingQuery.of("USD"));
                long t4 = System.nanoTime();
                System.out.printf("sales %d ms, service %d ms, staff %d ms, marketing %d ms, total %d ms"
                                + " (deals %d, claims %d, employees %d, campaigns %d)%n", (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t4 - t0) / 1_000_000,
                        sales.deals(), service.claims(), staff.employees().size(), marketing.size());
            }
        }
    }
}
