package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.overview.ClientOverview;
import org.crmkit.core.shared.EmployeeId;

/** Prints the 360° view of one client: everything about it across channels, as one employee may see it. */
final class OverviewReport {
    /** How many interactions one page of the timeline shows. */
    static final int TIMELINE_PAGE = 8;

    private final Crm crm;
    private final DemoCompany staff;
    private final PrintStream out;

    OverviewReport(Crm crm, DemoCompany staff, PrintStream out) {
        this.crm = crm;
        this.staff = staff;
        this.out = out;
    }

    void print(WeekFacts week, EmployeeId reader, String role) {
        ClientOverview view = crm.as(reader).overview().of(week.showcase(), TIMELINE_PAGE);
        var client = view.client();
        Report.heading(out, "360° VIEW: " + client.displayName() + " — as " + staff.nameOf(reader) + " (" + role
                + ") sees it");
        String taxIds = client.taxIds().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.printf("  %s, %s, segment %s, %s, owner %s, client since %s%n", client.kind(), client.status(),
                client.segment(), taxIds.isEmpty() ? "no tax ids" : taxIds, staff.nameOf(client.owner()),
                Formats.when(client.registeredAt()));

        out.println("  Contacts");
        Table contacts = new Table("Name", "Position", "Channels", "Consents");
        view.contacts().forEach(c -> contacts.row(c.name(), c.position(), String.join(", ", c.channels()),
                c.consentsInForce().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        contacts.print(out);

        out.println("  Open deals");
        Table open = new Table("Deal", "Stage", "Prob.", "Amount", "Owner");
        view.openDeals().forEach(d -> open.row(d.title(), d.stage(), d.probabilityPercent() + "%", amountOf(d),
                staff.nameOf(d.owner())));
        open.print(out);

        out.println("  Recently closed deals");
        Table closed = new Table("Deal", "Outcome", "Amount", "Closed", "Contract / reason");
        view.recentlyClosedDeals().forEach(d -> closed.row(d.title(), d.status(), amountOf(d),
                Formats.when(d.closedAt()), d.contractReference() != null ? d.contractReference() : d.lostReason()));
        closed.print(out);

        out.println("  Open claims");
        Table claims = new Table("Subject", "Status", "Severity", "Came by", "Assignee", "Registered");
        view.openClaims().forEach(c -> claims.row(c.subject(), c.status(), c.severity(), c.channel(),
                staff.nameOf(c.assignee()), Formats.when(c.registeredAt())));
        claims.print(out);

        out.println("  Open tasks");
        Table tasks = new Table("Task", "Assignee", "Due", "Status", "");
        view.openTasks().forEach(t -> tasks.row(t.title(), staff.nameOf(t.assignee()), Formats.when(t.due()),
                t.status(), t.overdue() ? "OVERDUE" : ""));
        tasks.print(out);

        out.println("  Timeline, newest first (" + view.timeline().size() + " shown"
                + (view.nextTimelinePage().isPresent() ? ", more on the next page" : "") + ")");
        Table timeline = new Table("When", "Channel", "Kind", "Direction", "Summary", "By");
        view.timeline().forEach(i -> timeline.row(Formats.when(i.occurredAt()), i.channel(), i.kind(),
                i.direction(), i.summary(), staff.nameOf(i.loggedBy())));
        timeline.print(out);
    }

    private static String amountOf(DealView deal) {
        return deal.amount() != null ? Formats.money(deal.amount()) : deal.amountShown();
    }
}
