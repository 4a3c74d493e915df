package org.crmkit.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    private final Standpoint standpoint;

    ScopedRecords(Scope scope, Standpoint standpoint) {
        this.scope = Objects.requireNonNull(scope);
        this.standpoint = standpoint;
    }

    public Scope scope() {
        return scope;
    }

    /** The employee whose owned or assigned records are admitted. */
    public EmployeeId employee() {
        return standpoint.actor.employee();
    }

    /** The department whose records are admitted from scope DEPARTMENT on. */
    public DepartmentId department() {
        return standpoint.actor.department();
    }

    /**
     * For DEPARTMENT_TREE: the pre-order interval of the department's subtree (empty when the department is not
     * in the org tree, in which case only {@link #department()} itself counts).
     */
    public Optional<OrgTree.Interval> subtree() {
        return scope == Scope.DEPARTMENT_TREE ? Optional.ofNullable(standpoint.subtree()) : Optional.empty();
    }

    public boolean admits(ProtectedRecord record) {
        return standpoint.admits(scope, record);
    }

    /** What a scope held by this employee in this department admits (see {@link Standpoint#admits}). */
    static boolean admits(Scope scope, EmployeeId employee, DepartmentId department, ProtectedRecord record,
                          OrgTree tree) {
        return Standpoint.of(new Actor(employee, department, Set.of()), tree).admits(scope, record);
    }

    /** The narrowest scope under which the actor would reach the record. */
    static Scope narrowestReaching(Actor actor, ProtectedRecord record, OrgTree tree) {
        return Standpoint.of(actor, tree).narrowestReaching(record);
    }

    @Override
    public String toString() {
        EmployeeId employee = employee();
        DepartmentId department = department();
        return switch (scope) {
            case ALL -> "all records";
            case OWN -> "owned by or assigned to " + employee;
            case DEPARTMENT -> "owned by or assigned to " + employee + ", or in department " + department;
            case DEPARTMENT_TREE -> "owned by or assigned to " + employee + ", or in department " + department
                    + subtree().map(i -> " or positions " + i.lo() + ".." + i.hi()).orElse("");
        };
    }
}
