package org.crmkit.core.application.tasks;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Priority;

/**
 * Set a task for an employee, or along a route of steps done in turn (then the first step's employee has it
 * first). Links say what it is about: a client, a deal, a claim.
 */
public record CreateTask(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String description,
        EmployeeId assignee,
        Instant due,
        @NotNull Priority priority,
        ClientId client,
        DealId deal,
        ClaimId claim,
        @NotNull List<@Valid RouteStepInput> route) {

    /** One step of a route: its name, the responsible employee and its deadline. */
    public record RouteStepInput(@NotBlank @Size(max = 200) String name, @NotNull EmployeeId responsible,
                                 Instant due) {
    }

    public static CreateTask of(String title, EmployeeId assignee, Instant due) {
        return new CreateTask(title, null, assignee, due, Priority.NORMAL, null, null, null, List.of());
    }

    public static CreateTask alongRoute(String title, List<RouteStepInput> steps, Instant due) {
        return new CreateTask(title, null, null, due, Priority.NORMAL, null, null, null, steps);
    }

    public CreateTask about(ClientId aboutClient, DealId aboutDeal, ClaimId aboutClaim) {
        return new CreateTask(title, description, assignee, due, priority, aboutClient, aboutDeal, aboutClaim, route);
    }

    public CreateTask withPriority(Priority newPriority) {
        return new CreateTask(title, description, assignee, due, newPriority, client, deal, claim, route);
    }
}
