package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.tasks.TaskView;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.task.TaskStatus;

/**
 * The numbers of the week as one reader may see them (the demo asks the analyst, who reads every business
 * record), read page by page through the session's lists, plus the events the CRM published.
 */
record WeekSummary(Map<ClientStatus, Integer> clients, Map<DealStatus, Integer> deals,
                   Map<DealStatus, BigDecimal> dealAmounts, Map<ClaimStatus, Integer> claims,
                   Map<TaskStatus, Integer> tasks, int overdueTasks, int events, Map<String, Integer> eventsByType) {
    static final String CURRENCY = "RUB";

    static WeekSummary of(CrmSession reader, EventTally events) {
        Map<ClientStatus, Integer> clients = new EnumMap<>(ClientStatus.class);
        Pages.all(reader.clients()::list).forEach(c -> clients.merge(c.status(), 1, Integer::sum));
        Map<DealStatus, Integer> deals = new EnumMap<>(DealStatus.class);
        Map<DealStatus, BigDecimal> amounts = new EnumMap<>(DealStatus.class);
        for (DealView d : Pages.all(reader.deals()::list)) {
            deals.merge(d.status(), 1, Integer::sum);
            // All demo deals are in roubles; a deal without an amount adds nothing.
            amounts.merge(d.status(), d.amount() == null ? BigDecimal.ZERO : d.amount().amount(), BigDecimal::add);
        }
        Map<ClaimStatus, Integer> claims = new EnumMap<>(ClaimStatus.class);
        Pages.all(reader.claims()::list).forEach(c -> claims.merge(c.status(), 1, Integer::sum));
        Map<TaskStatus, Integer> tasks = new EnumMap<>(TaskStatus.class);
        int overdue = 0;
        for (TaskView t : Pages.all(reader.tasks()::list)) {
            tasks.merge(t.status(), 1, Integer::sum);
            overdue += t.overdue() ? 1 : 0;
        }
        return new WeekSummary(clients, deals, amounts, claims, tasks, overdue, events.total(), events.byType());
    }

    void print(PrintStream out, String reader) {
        Report.heading(out, "THE WEEK IN NUMBERS — as " + reader + " sees them");
        out.println("  Clients by status");
        Table clientTable = new Table("Status", "Clients");
        for (ClientStatus s : ClientStatus.values()) {
            clientTable.row(s, clients.getOrDefault(s, 0));
        }
        clientTable.print(out);

        out.println("  Deals");
        Table dealTable = new Table("Outcome", "Deals", "Amount");
        for (DealStatus s : DealStatus.values()) {
            dealTable.row(s, deals.getOrDefault(s, 0), Formats.amount(dealAmounts.getOrDefault(s, BigDecimal.ZERO),
                    CURRENCY));
        }
        dealTable.print(out);

        out.println("  Claims by status");
        Table claimTable = new Table("Status", "Claims");
        for (ClaimStatus s : ClaimStatus.values()) {
            claimTable.row(s, claims.getOrDefault(s, 0));
        }
        claimTable.print(out);

        out.println("  Tasks");
        Table taskTable = new Table("Status", "Tasks");
        for (TaskStatus s : TaskStatus.values()) {
            taskTable.row(s, tasks.getOrDefault(s, 0));
        }
        taskTable.row("overdue (open, past due)", overdueTasks);
        taskTable.print(out);

        out.println("  Domain events published: " + events + " (heard by a DomainEventListener)");
        Table eventTable = new Table("Event", "Count", "Event", "Count", "Event", "Count");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(eventsByType.entrySet());
        int rows = (entries.size() + 2) / 3;
        for (int r = 0; r < rows; r++) {
            Object[] cells = new Object[6];
            for (int c = 0; c < 3; c++) {
                int i = r + c * rows;
                cells[2 * c] = i < entries.size() ? entries.get(i).getKey() : "";
                cells[2 * c + 1] = i < entries.size() ? entries.get(i).getValue() : "";
            }
            eventTable.row(cells);
        }
        eventTable.print(out);
    }
}
