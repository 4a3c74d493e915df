package org.crmkit.core.organisation;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;

/**
 * The departments given to {@link OrgTree} do not form a tree: a parent that is not among them, a department
 * listed twice, or departments that are (directly or through others) their own parent.
 */
public final class InvalidOrgTree extends DomainException {
    /** What is wrong with the structure. */
    public enum Reason { UNKNOWN_PARENT, DUPLICATE_DEPARTMENT, CYCLE }

    private final Reason reason;
    private final DepartmentId department;

    private InvalidOrgTree(Reason reason, DepartmentId department, String en, String ru) {
        super("org-tree.invalid", en, ru);
        this.reason = reason;
        this.department = department;
    }

    static InvalidOrgTree unknownParent(DepartmentId department, DepartmentId parent) {
        return new InvalidOrgTree(Reason.UNKNOWN_PARENT, department,
                "department " + department + " names an unknown parent " + parent,
                "у отдела " + department + " указан неизвестный вышестоящий отдел " + parent);
    }

    static InvalidOrgTree duplicate(DepartmentId department) {
        return new InvalidOrgTree(Reason.DUPLICATE_DEPARTMENT, department,
                "department " + department + " is listed twice",
                "отдел " + department + " указан дважды");
    }

    static InvalidOrgTree cycle(DepartmentId department) {
        return new InvalidOrgTree(Reason.CYCLE, department,
                "department " + department + " is its own ancestor: the structure has a cycle",
                "отдел " + department + " подчинён сам себе: в структуре есть цикл");
    }

    public Reason reason() {
        return reason;
    }

    /** A department where the problem shows (for a cycle: one of its members). */
    public DepartmentId department() {
        return department;
    }
}
