package org.crmkit.core.access;

import java.util.Set;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * Where an employee stands in one org tree, resolved once: the bits of their id, their department's pre-order
 * position and the end of its subtree. The one place that says what a scope admits; checks, filters and
 * explanations all ask it, so they agree.
 *
 * <p>Why primitives, and so few: a check with a server-like spread of actors and records misses the CPU caches on
 * almost every object it follows, and a session holds one standpoint per actor (100,000 in a large company). Held
 * here, the actor's side of a scope test costs no read beyond this object, and a {@link ProtectedRecord#placement
 * placed} record's side none beyond the record. The tree is not a field: a bound actor takes it from its role set,
 * which all actors with the same roles share (see {@link ActorAccess}); that keeps a standpoint at 32 bytes.
 */
abstract class Standpoint {
    /** What a position of -1 means for {@link #subtreeEnd}: no interval, so no position falls inside it. */
    private static final int NO_SUBTREE = -2;

    /** Whose standpoint: for a filter or a rule built from employee and department alone, one without roles. */
    final Actor actor;
    /**
     * The employee id's {@code hashCode()}: an owner whose id hashes differently is someone else, decided without
     * reading {@link #actor}; an equal hash is confirmed against the id itself.
     */
    private final int employeeHash;
    /** The department's position in {@link #tree()}, or -1 when the tree does not know it. */
    private final int position;
    private final int subtreeEnd;

    Standpoint(Actor actor, OrgTree tree) {
        this.actor = actor;
        this.employeeHash = actor.employee().value().hashCode();
        OrgTree.Interval subtree = tree.findInterval(actor.department()).orElse(null);
        this.position = subtree == null ? -1 : subtree.lo();
        this.subtreeEnd = subtree == null ? NO_SUBTREE : subtree.hi();
    }

    /** Where an actor stands in {@code tree}, for a filter or a test of scopes that does not need their roles. */
    static Standpoint of(Actor actor, OrgTree tree) {
        return new Standpoint(actor, tree) {
            @Override
            OrgTree tree() {
                return tree;
            }
        };
    }

    /** The tree the positions above were taken from. */
    abstract OrgTree tree();

    /** Does {@code scope}, held by this employee, reach the record? Scopes nest: each adds to the ones before. */
    final boolean admits(Scope scope, ProtectedRecord record) {
        switch (scope) {
            case ALL:
                return true;
            case DEPARTMENT_TREE:
                if (inSubtree(record)) {
                    return true;
                }
                break;
            case DEPARTMENT:
                if (inDepartment(record)) {
                    return true;
                }
                break;
            default:
                break;
        }
        return ownsOrIsAssigned(record);
    }

    /** The narrowest scope under which this employee would reach the record. */
    final Scope narrowestReaching(ProtectedRecord record) {
        for (Scope s : Scope.values()) {
            if (admits(s, record)) {
                return s;
            }
        }
        return Scope.ALL;
    }

    /** For DEPARTMENT_TREE filters: the subtree as pre-order positions, or {@code null} outside the tree. */
    final OrgTree.Interval subtree() {
        return position < 0 ? null : new OrgTree.Interval(position, subtreeEnd);
    }

    private boolean inSubtree(ProtectedRecord record) {
        int p = recordPosition(record);
        // A department the tree does not know is within nothing but itself.
        return p >= 0 ? position <= p && p <= subtreeEnd : position < 0 && same(record.department());
    }

    private boolean inDepartment(ProtectedRecord record) {
        int p = recordPosition(record);
        // One tree gives two departments the same position only when they are the same department.
        return p >= 0 ? p == position : position < 0 && same(record.department());
    }

    /**
     * The record's department position in this tree, -1 when the tree does not know it: from its placement when
     * that was taken from this tree, else looked up. The lookup reads the tree's table, which (one table for the
     * whole company) stays in cache; comparing ids instead would read this actor's department id, which does not.
     */
    private int recordPosition(ProtectedRecord record) {
        OrgTree tree = tree();
        int p = tree.placedPosition(record.placement());
        return p >= 0 ? p : tree.findPosition(record.department());
    }

    private boolean same(DepartmentId other) {
        DepartmentId department = actor.department();
        return other == department || other.equals(department);
    }

    private boolean ownsOrIsAssigned(ProtectedRecord record) {
        EmployeeId owner = record.owner();
        if (owner.value().hashCode() == employeeHash) {
            // Usually the very object the actor holds, so the identity test spares reading the actor's id.
            EmployeeId employee = actor.employee();
            if (owner == employee || owner.equals(employee)) {
                return true;
            }
        }
        Set<EmployeeId> assigned = record.assigned();
        return !assigned.isEmpty() && assigned.contains(actor.employee());
    }
}
