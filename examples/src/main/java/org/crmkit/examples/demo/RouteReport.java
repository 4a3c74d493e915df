package org.crmkit.examples.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.task.Delegation;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;

/**
 * Control of execution in the demo week: each task that travelled along a route, step by step (who had it,
 * when it was due, when and by whom it was done, whether on time, and who it was handed on to), and each task
 * that was delegated. Read from the CRM's storage after the week, so it shows what was recorded, not what the
 * scenario meant to do.
 */
final class RouteReport {
    private final Repositories repositories;
    private final DemoCompany staff;
    private final PrintStream out;

    RouteReport(Repositories repositories, DemoCompany staff, PrintStream out) {
        this.repositories = repositories;
        this.staff = staff;
        this.out = out;
    }

    void print() {
        Report.heading(out, "EXECUTION CONTROL: a task handed along its route");
        List<Task> tasks = repositories.tasks().all();
        tasks.stream().filter(Task::isRouted).forEach(this::route);
        List<Task> delegated = tasks.stream().filter(t -> !t.delegations().isEmpty()).toList();
        out.println("  Delegated tasks: " + delegated.size());
        for (Task task : delegated) {
            for (Delegation d : task.delegations()) {
                out.println("    \"" + task.title() + "\": " + Formats.when(d.at()) + " " + staff.nameOf(d.from())
                        + " -> " + staff.nameOf(d.to()) + " (\"" + d.reason() + "\"), now " + task.status());
            }
        }
    }

    private void route(Task task) {
        out.println("  \"" + task.title() + "\" (" + task.priority() + "), set by " + staff.nameOf(task.creator())
                + " on " + Formats.when(task.createdAt()) + ", due " + Formats.when(task.due().orElse(null))
                + ": " + task.status());
        Table steps = new Table("step", "responsible", "due", "done", "by", "on time", "note");
        for (RouteStep step : task.route()) {
            steps.row((step.index() + 1) + ". " + step.name(), staff.nameOf(step.responsible()),
                    Formats.when(step.due()), Formats.when(step.doneAt()), staff.nameOf(step.doneBy()),
                    onTime(step), step.note());
        }
        steps.print(out);
        List<RouteStep> route = task.route();
        for (int i = 0; i + 1 < route.size(); i++) {
            if (route.get(i).isDone()) {
                out.println("    handed on " + Formats.when(route.get(i).doneAt()) + ": "
                        + staff.nameOf(route.get(i).doneBy()) + " -> " + staff.nameOf(route.get(i + 1).responsible())
                        + " (step " + (i + 2) + ", \"" + route.get(i + 1).name() + "\")");
            }
        }
    }

    private static String onTime(RouteStep step) {
        if (!step.isDone()) {
            return "-";
        }
        Instant due = step.due();
        return due == null || !step.doneAt().isAfter(due) ? "yes" : "LATE";
    }
}
