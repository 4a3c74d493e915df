package org.crmkit.core.organisation;

import org.crmkit.core.shared.IllegalTransition;
import org.crmkit.core.shared.EmployeeId;

/** A dismissed employee cannot be dismissed again, nor given new work. */
public final class EmployeeAlreadyDismissed extends IllegalTransition {
    public EmployeeAlreadyDismissed(EmployeeId id) {
        super("employee.dismissed", "Employee " + id + " is dismissed", "Сотрудник " + id + " уволен");
    }
}
