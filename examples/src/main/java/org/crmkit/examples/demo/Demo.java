package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.InMemoryOutbox;
import org.crmkit.core.application.Repositories;

/**
 * The runnable CRMKit demo: an in-memory CRM for a small trading company, a working week of its sales and
 * service people (with a fixed random seed, so every run prints the same story), then a report — one client's
 * 360° view, the week in numbers, what access control shows and refuses, and a command rejected with every
 * problem named. Needs no database and no files; finishes in a few seconds.
 *
 * <pre>mvn -q -pl examples -am -DskipTests package exec:java</pre>
 */
public final class Demo {
    private static final String USAGE = """
            CRMKit demo: runs a week of a small company in an in-memory CRM and prints a report.
            Usage: Demo [--help] [--dashboard <file>]
              --help, -h          print this text and exit
              --dashboard <file>  write the HTML dashboard there (default: target/crmkit-dashboard.html)
            Run from the repository root with:
              mvn -q -pl examples -am -DskipTests package exec:java
            """;

    private Demo() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Path dashboard = WeekDashboard.fileFrom(arguments);
        arguments = WeekDashboard.otherArguments(arguments);
        if (!arguments.isEmpty()) {
            System.err.print("unknown argument(s): " + String.join(" ", arguments) + System.lineSeparator() + USAGE);
            System.exit(2);
        }
        // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging and print
        // its version banner into the report: send it to SLF4J, which the demo keeps at WARN.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // The report has Russian in it: write UTF-8 whatever the platform's default is.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(out, dashboard);
        out.flush();
    }

    /** Builds the CRM, seeds the company, plays the week, prints the report to {@code out}, writes the dashboard. */
    static DemoRun run(PrintStream out, Path dashboard) {
        DemoClock clock = new DemoClock();
        EventTally events = new EventTally();
        Repositories repositories = Repositories.inMemory();
        InMemoryOutbox outbox = new InMemoryOutbox();
        Crm crm = Crm.builder().clock(clock).repositories(repositories).outbox(outbox).listener(events).build();

        DemoCompany staff = DemoCompany.seed(crm);
        WeekFacts week = new DemoWeek(crm, clock, staff).run();
        new Report(crm, staff, out).print(week, events);
        new CompanyRulesShowcase(out, clock).run();
        ControlAndAnalytics.print(out, crm, repositories, staff, dashboard);
        return new DemoRun(crm, repositories, outbox, events, staff, week);
    }
}
