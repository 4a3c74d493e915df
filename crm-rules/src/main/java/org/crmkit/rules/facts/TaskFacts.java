package org.crmkit.rules.facts;

import java.util.Objects;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.FactSchema;

/**
 * What rules may read about a task ({@code task}): status, priority, due date, who set it and who does it,
 * delegations, its route, and what it is about (client, deal, claim).
 */
public final class TaskFacts {
    public static final FactSchema<Task> SCHEMA = FactSchema.builder("task", Task.class)
            .enumeration("status", TaskStatus.class, Task::status)
            .enumeration("priority", Priority.class, Task::priority)
            .string("title", Task::title)
            .instant("due", task -> task.due().orElse(null))
            .instant("createdAt", Task::createdAt)
            .string("creator", task -> task.creator().toString())
            .string("assignee", task -> task.assignee().toString())
            .string("department", task -> task.department().toString())
            .string("blockedReason", task -> task.blockedReason().orElse(null))
            .number("delegations.count", task -> task.delegations().size())
            .bool("routed", Task::isRouted)
            .number("route.steps", task -> task.route().size())
            .number("route.done", task -> task.route().stream().filter(step -> step.doneAt() != null).count())
            .string("link.client", task -> task.link().client() == null ? null : task.link().client().toString())
            .string("link.deal", task -> task.link().deal() == null ? null : task.link().deal().toString())
            .string("link.claim", task -> task.link().claim() == null ? null : task.link().claim().toString())
            .build();

    private TaskFacts() {
    }

}
