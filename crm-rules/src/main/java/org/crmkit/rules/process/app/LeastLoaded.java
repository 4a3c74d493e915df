package org.crmkit.rules.process.app;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.organisation.EmployeeView;
import org.crmkit.core.application.tasks.TaskView;
import org.crmkit.core.organisation.EmploymentStatus;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.process.runtime.WorkItem;

/**
 * {@link RoleAssignment#leastLoaded}: counts open tasks by reading every task page by page, because the CRM
 * API offers no count by assignee. That is linear in the number of tasks per assignment — fine embedded; a
 * large installation passes its own {@link RoleAssignment} backed by a counting query.
 */
final class LeastLoaded implements RoleAssignment {
    private static final int PAGE = PageRequest.MAX_SIZE;
    private final Crm crm;

    LeastLoaded(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    @Override
    public EmployeeId choose(RoleName role, WorkItem work, Set<TaskId> closing) {
        CrmSession system = crm.system("process " + work.process() + ": assign step " + work.step());
        List<EmployeeId> candidates = system.organisation().employees().stream()
                .filter(e -> e.status() == EmploymentStatus.ACTIVE && e.roles().contains(role))
                .map(EmployeeView::id)
                .toList();
        if (candidates.isEmpty()) {
            throw new NoEmployeeForRole(role, work);
        }
        Map<EmployeeId, Integer> open = openTasks(system, candidates, closing);
        return candidates.stream()
                .min(Comparator.<EmployeeId>comparingInt(e -> open.getOrDefault(e, 0))
                        .thenComparing(EmployeeId::value))
                .orElseThrow();
    }

    private static Map<EmployeeId, Integer> openTasks(CrmSession system, List<EmployeeId> candidates,
                                                      Set<TaskId> closing) {
        Map<EmployeeId, Integer> open = new HashMap<>();
        candidates.forEach(c -> open.put(c, 0));
        Page<TaskView> page = system.tasks().list(PageRequest.first(PAGE));
        while (true) {
            for (TaskView task : page.items()) {
                if (task.status() != TaskStatus.DONE && task.status() != TaskStatus.CANCELLED
                        && !closing.contains(task.id())) {
                    open.computeIfPresent(task.assignee(), (e, n) -> n + 1);
                }
            }
            if (page.next().isEmpty()) {
                return open;
            }
            page = system.tasks().list(page.nextRequest(PAGE));
        }
    }
}
