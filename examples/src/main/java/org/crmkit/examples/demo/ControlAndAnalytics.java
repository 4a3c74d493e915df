package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.nio.file.Path;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;

/**
 * The demo's second half, after the company rules: service and execution control (an SLA escalation over a
 * public holiday, a task along its route), quality of management for the week, and the KPI dashboard. Kept
 * apart from {@link Demo} so that the demo's entry point stays a list of sections.
 */
final class ControlAndAnalytics {
    private ControlAndAnalytics() {
    }

    /** Prints the sections and writes the dashboard to {@code dashboard}. */
    static void print(PrintStream out, Crm crm, Repositories repositories, DemoCompany staff, Path dashboard) {
        new ClaimEscalationShowcase(out).run();
        new RouteReport(repositories, staff, out).print();
        new WeekQualityReport(crm, repositories, staff, out).print();
        new WeekDashboard(crm, repositories, staff, out).print(dashboard);
    }
}
