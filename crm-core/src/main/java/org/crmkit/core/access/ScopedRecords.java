package org.crmkit.core.access;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The records one scope admits for one actor, in terms a repository can query: owned by or assigned to
 * {@link #employee()} (every scope), in {@link #department()} (DEPARTMENT and wider), positioned inside
 * {@link #subtree()} (DEPARTMENT_TREE), or everything (ALL). Scopes nest, so each condition adds to the ones
 * before it.
 */
public final class ScopedRecords {
    private final Scope scope;
    private final EmployeeId employee;
    private final DepartmentId department;
    private final OrgTree tree;

    ScopedRecords(Scope scope, EmployeeId employee, DepartmentId department, OrgTree tree) {
        this.scope = Objects.requireNonNull(scope);
        this.employee = employee;
        this.department = department;
        this.tree = tree;
    }

    public Scope scope() {
        return scope;
    }

    /** The employee whose owned or assigned records are admitted. */
    public EmployeeId employee() {
        return employee;
    }

    /** The department whose records are admitted from scope DEPARTMENT on. */
    public DepartmentId department() {
        return department;
    }

    /**
     * For DEPARTMENT_TREE: the pre-order interval of the department's subtree (empty when the department is not
     * in the org tree, in which case only {@link #department()} itself counts).
     */
    public Optional<OrgTree.Interval> subtree() {
        return scope == Scope.DEPARTMENT_TREE ? tree.findInterval(department) : Optional.empty();
    }

    public boolean admits(ProtectedRecord record) {
        return admits(scope, employee, department, record, tree);
    }

    /** The one place that says what a scope admits; decisions and filters both call it, so they agree. */
    static boolean admits(Scope scope, EmployeeId employee, DepartmentId department, ProtectedRecord record,
                          OrgTree tree) {
        switch (scope) {
            case ALL:
                return true;
            case DEPARTMENT_TREE:
                if (tree.isWithin(record.department(), department)) {
                    return true;
                }
                break;
            case DEPARTMENT:
                if (record.department().equals(department)) {
                    return true;
                }
                break;
            default:
                break;
        }
        return record.isOwnedOrAssignedTo(employee);
    }

    /** The narrowest scope under which the actor would reach the record. */
    static Scope narrowestReaching(Actor actor, ProtectedRecord record, OrgTree tree) {
        for (Scope s : Scope.values()) {
            if (admits(s, actor.employee(), actor.department(), record, tree)) {
                return s;
            }
        }
        return Scope.ALL;
    }

    @Override
    public String toString() {
        return switch (scope) {
            case ALL -> "all records";
            case OWN -> "owned by or assigned to " + employee;
            case DEPARTMENT -> "owned by or assigned to " + employee + ", or in department " + department;
            case DEPARTMENT_TREE -> "owned by or assigned to " + employee + ", or in department " + department
                    + subtree().map(i -> " or positions " + i.lo() + ".." + i.hi()).orElse("");
        };
    }
}
