package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.IllegalTransition;
import org.crmkit.rules.process.NodeId;

/** A step that already has its task was handed out again; two people would do the same work. */
public final class WorkAlreadyAssigned extends IllegalTransition {
    public WorkAlreadyAssigned(ProcessInstanceId instance, NodeId step, Assignment existing) {
        super("process.step.already-assigned",
                "step " + step + " of process run " + instance + " is already task " + existing.task()
                        + " of " + existing.assignee(),
                "шаг " + step + " процесса " + instance + " уже поручен задачей " + existing.task()
                        + " сотруднику " + existing.assignee());
    }
}
