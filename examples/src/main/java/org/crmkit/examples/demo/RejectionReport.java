package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.util.Set;

import org.crmkit.core.application.CommandRejected;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.Violation;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.shared.EmployeeId;

/**
 * Prints a command the CRM refuses: every problem named at once, in English and Russian, and nothing stored.
 */
final class RejectionReport {
    /** A company without its legal name, with an INN whose control digit is wrong and a KPP one digit short. */
    static final OnboardClient BAD_COMPANY = new OnboardClient(ClientKind.COMPANY, "Рога и копыта", " ", null, null,
            null, "7707083894", "77070100", null, null, Set.of(), null, null);

    private final Crm crm;
    private final DemoCompany staff;
    private final PrintStream out;

    RejectionReport(Crm crm, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.staff = staff;
        this.out = out;
    }

    void print(EmployeeId salesManager) {
        Report.heading(out, "A REJECTED COMMAND: " + staff.nameOf(salesManager)
                + " onboards a company with no legal name, INN 7707083894, KPP 77070100");
        int before = clientCount();
        try {
            crm.as(salesManager).clients().onboard(BAD_COMPANY);
            out.println("  !! the command was accepted");
        } catch (CommandRejected e) {
            out.println("  CommandRejected: " + e.command() + ", " + e.violations().size() + " violations");
            Table table = new Table("Field", "Code", "English", "Русский");
            for (Violation v : e.violations()) {
                table.row(v.path(), v.code(), v.messageEn(), v.messageRu());
            }
            table.print(out);
        }
        out.println("  Clients stored before: " + before + ", after: " + clientCount() + " (nothing changed)");
    }

    private int clientCount() {
        return Pages.all(crm.as(staff.administrator()).clients()::list).size();
    }
}
