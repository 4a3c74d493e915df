package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.util.List;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Explanation;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.contacts.ContactView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.shared.EmployeeId;

/**
 * Prints the access part: one client's contacts as readers of different user classes see them (in full or
 * masked), and a denial with its explanation, what would lift it, and the audit entry it left.
 */
final class AccessReport {
    private static final Permission READ_DEAL = Permission.of(Resource.DEAL, Action.READ);

    private final Crm crm;
    private final DemoCompany staff;
    private final PrintStream out;

    AccessReport(Crm crm, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.staff = staff;
        this.out = out;
    }

    void print(WeekFacts week) {
        Report.heading(out, "ACCESS: " + week.showcaseName() + "'s contacts, as three readers see them");
        Table table = new Table("Reader", "Role", "Contact", "Phone", "Email");
        contactsAs(table, week, week.showcaseOwner(), "sales-manager, owns the client");
        contactsAs(table, week, staff.marketer(), "marketer");
        contactsAs(table, week, staff.analyst(), "analyst");
        table.print(out);
        printDenial(week);
    }

    private void contactsAs(Table table, WeekFacts week, EmployeeId reader, String role) {
        for (ContactView c : crm.as(reader).contacts().ofClient(week.showcase())) {
            table.row(staff.nameOf(reader), role, c.name(), channel(c.channels(), "phone "),
                    channel(c.channels(), "email "));
        }
    }

    private void printDenial(WeekFacts week) {
        EmployeeId asking = week.showcaseOwner();
        // The head of sales may read every deal of the sales tree: it tells us whose deal it is.
        DealView deal = crm.as(staff.headOfSales()).deals().get(week.colleaguesDeal());
        Report.heading(out, "ACCESS: " + staff.nameOf(asking) + " (sales-manager) opens " + staff.nameOf(deal.owner())
                + "'s deal \"" + deal.title() + "\"");
        try {
            crm.as(asking).deals().get(week.colleaguesDeal());
            out.println("  !! the read was allowed: the access policy is not doing its job");
        } catch (AccessDenied e) {
            out.println("  AccessDenied, decided by " + e.decision().basis() + ":");
            out.println("    " + e.decision().explain());
            out.println("    " + e.decision().explainRu());
            Explanation why = crm.as(asking).audit().whyNot(READ_DEAL, deal.id().value());
            out.println("  audit().whyNot(deal.read, the deal) — what would let it pass:");
            why.remedies().forEach(remedy -> out.println("    - " + remedy));
        }
        List<AccessAuditEntry> trail = crm.as(staff.auditor()).audit().latest(1000);
        trail.stream().filter(entry -> entry.kind() == AccessAuditEntry.Kind.DENIAL).findFirst()
                .ifPresent(entry -> {
                    out.println("  The auditor (" + staff.nameOf(staff.auditor())
                            + ") finds it in the access audit trail (latest " + trail.size() + " entries):");
                    out.println("    " + Formats.when(entry.at()) + "  " + entry.kind() + "  "
                            + staff.nameOf(entry.actor()) + "  " + entry.permission() + "  "
                            + entry.decision().explain());
                });
    }

    private static String channel(List<String> channels, String prefix) {
        return channels.stream().filter(c -> c.startsWith(prefix)).map(c -> c.substring(prefix.length()))
                .findFirst().orElse("-");
    }
}
