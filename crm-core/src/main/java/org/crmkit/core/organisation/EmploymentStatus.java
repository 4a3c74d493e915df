package org.crmkit.core.organisation;

/** Whether an employee still works here: a dismissed employee keeps their history but gets no new work. */
public enum EmploymentStatus {
    ACTIVE,
    DISMISSED
}
