package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.InMemoryOutbox;
import org.crmkit.core.application.Repositories;
import org.crmkit.persistence.CrmPersistence;
import org.crmkit.persistence.PersistentCrm;

/**
 * The runnable CRMKit demo: an in-memory CRM for a small trading company, a working week of its sales and
 * service people (with a fixed random seed, so every run prints the same story), then a report — one client's
 * 360° view, the week in numbers, what access control shows and refuses, and a command rejected with every
 * problem named. Needs no database and no files; finishes in a few seconds. With {@code --db <path>} the CRM is
 * kept in an H2 file instead, and a second run shows what the first one stored (see {@link #runOn}).
 *
 * <pre>mvn -q -pl examples -am -DskipTests package exec:java -Dexec.args="--db target/demo-db"</pre>
 */
public final class Demo {
    private static final String USAGE = """
            CRMKit demo: runs a week of a small company in a CRM and prints a report.
            Usage: Demo [--db <path>] [--dashboard <file>] [--help]
              --db <path>         keep the CRM in an H2 database file at <path> (created when missing; H2 adds
                                  .mv.db to the name). The first run seeds the company, plays the week and
                                  prints the report; a later run on the same file finds the stored company,
                                  changes nothing and prints what is stored: record counts and the showcase
                                  client's 360-degree view. Without --db the CRM lives in memory.
              --dashboard <file>  write the HTML dashboard there (default: target/crmkit-dashboard.html;
                                  in-memory runs only)
              --help, -h          print this text and exit
            Run from the repository root with:
              mvn -q -pl examples -am -DskipTests package exec:java
              mvn -q -pl examples -am -DskipTests package exec:java -Dexec.args="--db target/demo-db"
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
        Path db = null;
        if (arguments.size() == 2 && arguments.get(0).equals("--db") && !arguments.get(1).isBlank()) {
            db = Path.of(arguments.get(1));
        } else if (!arguments.isEmpty()) {
            System.err.print("unknown or incomplete argument(s): " + String.join(" ", arguments)
                    + System.lineSeparator() + USAGE);
            System.exit(2);
        }
        // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging and print
        // its version banner into the report: send it to SLF4J, which the demo keeps at WARN.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // The report has Russian in it: write UTF-8 whatever the platform's default is.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (db == null) {
            run(out, dashboard);
        } else {
            runOn(db, out);
        }
        out.flush();
    }

    /**
     * The demo on an H2 file: on an empty database it seeds the company, plays the week and prints the report,
     * as in memory; on a database that already holds the company it prints what is stored and changes nothing.
     * Returns the stored record counts after the run.
     */
    static Map<String, Long> runOn(Path file, PrintStream out) {
        DemoClock clock = new DemoClock();
        EventTally events = new EventTally();
        try (PersistentCrm storage = CrmPersistence.h2File(file).clock(clock).open()) {
            Crm crm = storage.crmBuilder().clock(clock).listener(events).build();
            StoredReport stored = new StoredReport(storage, crm, out);
            if (storage.repositories().employees().all().isEmpty()) {
                DemoCompany staff = DemoCompany.seed(crm);
                WeekFacts week = new DemoWeek(crm, clock, staff).run();
                new Report(crm, staff, out).print(week, events);
                Report.heading(out, "STORED IN " + file.toAbsolutePath() + ".mv.db");
                out.println("  Run the demo again with the same --db to see what the database keeps.");
                return stored.counts();
            }
            return stored.print(file.toAbsolutePath() + ".mv.db");
        }
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
