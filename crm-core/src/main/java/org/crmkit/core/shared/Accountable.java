package org.crmkit.core.shared;

/**
 * What access control needs to know about a record: the employee who answers for it and the department it
 * belongs to. Every aggregate that holds customer data implements it, so record scopes (own, department,
 * department tree) can be decided without knowing the aggregate's type.
 */
public interface Accountable {
    /** The responsible employee: the owner of a client or deal, the assignee of a claim or task. */
    EmployeeId owner();

    /** The department the record belongs to (the owner's department when it was assigned). */
    DepartmentId department();
}
