package org.crmkit.rules.process.app;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.runtime.WorkItem;

/** A step is due for a role that no active employee holds: the process cannot hand it to anyone. */
public final class NoEmployeeForRole extends DomainException {
    public NoEmployeeForRole(RoleName role, WorkItem work) {
        super("process.role.unstaffed",
                "no active employee holds role " + role + " for step " + work.step() + " of process " + work.process(),
                "нет работающего сотрудника с ролью " + role + " для шага " + work.step() + " процесса " + work.process());
    }
}
