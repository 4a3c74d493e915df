package org.crmkit.rules.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.organisation.EmployeeDismissed;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;

/**
 * Hands the open tasks of an employee on by the assignment rules, in a system context ("Reassignment"), with
 * {@code TaskUseCases.delegate} (so the delegation chain records why). As a {@link DomainEventListener} it does
 * this when an {@link EmployeeDismissed} is published; {@link #reassignTasksOf} does it on demand (e.g. a long
 * leave). Each task is routed as a request of kind {@code reassignment} in the task's department, for its client,
 * at its priority, never back to the employee who had it.
 */
public final class TaskReassignment implements DomainEventListener {
    public static final String KIND = "reassignment";

    private final Crm crm;
    private final Repositories repositories;
    private final TaskRouter router;
    private final Function<Task, RoutingRequest> requestOf;

    public TaskReassignment(Crm crm, Repositories repositories, TaskRouter router) {
        this(crm, repositories, router, TaskReassignment::standardRequest);
    }

    /** @param requestOf how a task becomes a routing request (e.g. to carry a skill the company derives) */
    public TaskReassignment(Crm crm, Repositories repositories, TaskRouter router,
                            Function<Task, RoutingRequest> requestOf) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.repositories = Objects.requireNonNull(repositories, "repositories");
        this.router = Objects.requireNonNull(router, "router");
        this.requestOf = Objects.requireNonNull(requestOf, "requestOf");
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof EmployeeDismissed dismissed) {
            reassignTasksOf(dismissed.employee());
        }
    }

    /** Reassigns every open task of the employee; a task that cannot be handed on is reported, the rest go on. */
    public Result reassignTasksOf(EmployeeId employee) {
        CrmSession system = crm.system("Reassignment of the open tasks of " + employee);
        List<Moved> moved = new ArrayList<>();
        List<Stuck> stuck = new ArrayList<>();
        for (Task task : repositories.tasks().assignedTo(employee)) {
            if (!task.isOpen()) {
                continue;
            }
            try {
                RoutingDecision decision = router.route(requestOf.apply(task), Set.of(employee));
                system.tasks().delegate(task.id(), decision.employee(),
                        "reassigned from " + employee + " by rule " + decision.rule() + " (" + decision.how() + ")");
                moved.add(new Moved(task.id(), decision));
            } catch (DomainException e) {
                stuck.add(new Stuck(task.id(), e.code(), e.getMessage()));
            }
        }
        return new Result(employee, moved, stuck);
    }

    static RoutingRequest standardRequest(Task task) {
        return RoutingRequest.of(KIND).inTeam(task.department()).forClient(task.link().client())
                .withPriority(task.priority());
    }

    /** What became of an employee's open tasks. */
    public record Result(EmployeeId from, List<Moved> moved, List<Stuck> stuck) {
        public Result {
            moved = List.copyOf(moved);
            stuck = List.copyOf(stuck);
        }
    }

    /** A task handed on, and by which decision. */
    public record Moved(TaskId task, RoutingDecision decision) {
    }

    /** A task that stays where it was, and why. */
    public record Stuck(TaskId task, String code, String message) {
    }
}
