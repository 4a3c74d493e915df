package org.crmkit.rules.process.app;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.crmkit.core.application.Crm;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.runtime.WorkItem;

/**
 * Picks the employee who gets a step handed out to the step's responsible role. It is asked before anything
 * is written, so a role nobody holds stops the move ({@link NoEmployeeForRole}) with nothing changed.
 */
@FunctionalInterface
public interface RoleAssignment {
    /**
     * @param closing tasks closed by the same move (the step just completed): chosen before they are closed, so
     *                that a refusal changes nothing, they must not count as anyone's open work
     * @throws NoEmployeeForRole if nobody can take the work
     */
    EmployeeId choose(RoleName role, WorkItem work, Set<TaskId> closing);

    /**
     * The active employee holding the role who has the fewest open tasks; on a tie, the one with the smallest id
     * (ids are time-ordered, so the longest-serving record). Reads the organisation and the tasks through the
     * CRM's audited system context.
     */
    static RoleAssignment leastLoaded(Crm crm) {
        return new LeastLoaded(crm);
    }

    /** A fixed choice per role, e.g. from the company's on-call list; a role the function maps to null has nobody. */
    static RoleAssignment by(Function<RoleName, EmployeeId> employeeFor) {
        Objects.requireNonNull(employeeFor, "employeeFor");
        return (role, work, closing) -> {
            EmployeeId chosen = employeeFor.apply(role);
            if (chosen == null) {
                throw new NoEmployeeForRole(role, work);
            }
            return chosen;
        };
    }
}
