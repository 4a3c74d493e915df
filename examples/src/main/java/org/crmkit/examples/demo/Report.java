package org.crmkit.examples.demo;

import java.io.PrintStream;

import org.crmkit.core.application.Crm;

/**
 * The demo's printout, section by section: the week day by day, one client's 360° view, the week in numbers,
 * access (masking and a denial explained), and a rejected command. Plain text with aligned columns.
 */
final class Report {
    private final Crm crm;
    private final DemoCompany staff;
    private final PrintStream out;

    Report(Crm crm, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.staff = staff;
        this.out = out;
    }

    static void heading(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    void print(WeekFacts week, EventTally events) {
        out.println("CRMKit demo: a week at Vostok Trading, Mon 23 - Fri 27 Nov 2026 (Europe/Moscow), seed 42");
        heading(out, "THE WEEK");
        week.diary().forEach(line -> out.println("  " + line));

        new OverviewReport(crm, staff, out).print(week, staff.administrator(), "administrator");
        WeekSummary.of(crm.as(staff.analyst()), events).print(out, staff.nameOf(staff.analyst()) + " (analyst)");
        new AccessReport(crm, staff, out).print(week);
        new RejectionReport(crm, staff, out).print(week.showcaseOwner());
    }
}
