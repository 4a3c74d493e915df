package org.crmkit.core.access;

/**
 * How far a grant reaches. Each scope contains the ones before it: a grant at DEPARTMENT_TREE also admits
 * what DEPARTMENT and OWN would.
 */
public enum Scope {
    /** Records the employee owns or is assigned to. */
    OWN,
    /** Records of the employee's own department. */
    DEPARTMENT,
    /** Records of the employee's department and every department below it. */
    DEPARTMENT_TREE,
    /** Every record. */
    ALL;

    public boolean covers(Scope other) {
        return compareTo(other) >= 0;
    }
}
