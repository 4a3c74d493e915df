package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.Client;
import org.crmkit.persistence.PersistentCrm;

/**
 * What a demo database holds, printed by a later run instead of playing the week again: how many records of each
 * kind are stored (with the outbox and the access audit), and the 360° view of the week's showcase client (the
 * first client onboarded). Reads only: running it any number of times changes nothing.
 */
final class StoredReport {
    private final PersistentCrm storage;
    private final Crm crm;
    private final PrintStream out;

    StoredReport(PersistentCrm storage, Crm crm, PrintStream out) {
        this.storage = storage;
        this.crm = crm;
        this.out = out;
    }

    /** Prints the counts and the showcase's 360° view; returns the counts as they are afterwards. */
    Map<String, Long> print(String where) {
        Repositories repos = storage.repositories();
        DemoCompany staff = DemoCompany.stored(repos);
        out.println("CRMKit demo: " + where + " already holds the week at Vostok Trading; showing what is stored"
                + " (nothing is changed)");
        Map<String, Long> counts = counts();
        Report.heading(out, "STORED");
        Table table = new Table("Records", "Count");
        counts.forEach((name, count) -> table.row(name, Long.toString(count)));
        table.print(out);

        List<Client> clients = repos.clients().all();
        if (!clients.isEmpty() && staff.administrator() != null) {
            // Ids are UUIDv7, so the lowest id is the first client onboarded: the week's showcase.
            Client showcase = clients.stream().min(Comparator.comparing(c -> c.id().value())).orElseThrow();
            WeekFacts facts = new WeekFacts(showcase.id(), showcase.displayName(), showcase.owner(), null, List.of());
            new OverviewReport(crm, staff, out).print(facts, staff.administrator(), "administrator");
        }
        // Counted again after the reading, so a caller can see that printing changed nothing (not even the audit).
        return counts();
    }

    /** How many records of each kind the database holds. */
    Map<String, Long> counts() {
        Repositories repos = storage.repositories();
        Map<String, Long> counts = new TreeMap<>();
        counts.put("departments", (long) repos.departments().all().size());
        counts.put("employees", (long) repos.employees().all().size());
        counts.put("clients", (long) repos.clients().all().size());
        counts.put("contacts", (long) repos.contacts().all().size());
        counts.put("deals", (long) repos.deals().all().size());
        counts.put("claims", (long) repos.claims().all().size());
        counts.put("tasks", (long) repos.tasks().all().size());
        counts.put("interactions", sql("SELECT COUNT(*) FROM crm_interactions"));
        counts.put("outbox events", sql("SELECT COUNT(*) FROM crm_outbox"));
        counts.put("access audit entries", sql("SELECT COUNT(*) FROM crm_access_audit"));
        return counts;
    }

    private long sql(String query) {
        try (Connection c = storage.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count: " + query, e);
        }
    }
}
