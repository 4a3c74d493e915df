package org.crmkit.core.access;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The list filter of {@link RoleBasedAccessPolicy}, structured so that a SQL adapter can translate it:
 * <pre>resource = permission.resource
 *   AND (granted-condition OR id IN shared-ids)
 *   AND NOT forbidden-condition</pre>
 * where each condition is a {@link ScopedRecords}. {@link #admits} is, by construction, the per-record decision
 * of the same policy.
 */
public final class ScopedRecordFilter implements RecordFilter {
    private final Permission permission;
    private final ScopedRecords granted;
    private final ScopedRecords forbidden;
    private final Set<UUID> sharedWithEmployee;
    private final Set<UUID> sharedWithDepartment;

    ScopedRecordFilter(Permission permission, ScopedRecords granted, ScopedRecords forbidden,
                       Set<UUID> sharedWithEmployee, Set<UUID> sharedWithDepartment) {
        this.permission = permission;
        this.granted = granted;
        this.forbidden = forbidden;
        this.sharedWithEmployee = sharedWithEmployee;
        this.sharedWithDepartment = sharedWithDepartment;
    }

    public Permission permission() {
        return permission;
    }

    /** The records the actor's widest grant reaches; empty when no role grants the permission. */
    public Optional<ScopedRecords> granted() {
        return Optional.ofNullable(granted);
    }

    /** The records a forbid takes away, whatever grants or shares say; empty when nothing is forbidden. */
    public Optional<ScopedRecords> forbidden() {
        return Optional.ofNullable(forbidden);
    }

    /** Ids of records shared with the actor or the actor's department for this permission. */
    public Set<UUID> sharedRecordIds() {
        if (sharedWithDepartment.isEmpty()) {
            return sharedWithEmployee;
        }
        Set<UUID> all = new HashSet<>(sharedWithEmployee);
        all.addAll(sharedWithDepartment);
        return Set.copyOf(all);
    }

    /** True when every record of the resource is admitted. */
    public boolean admitsAll() {
        return granted != null && granted.scope() == Scope.ALL && forbidden == null;
    }

    /** True when no record can be admitted: the query need not run. */
    public boolean admitsNothing() {
        boolean forbiddenEverywhere = forbidden != null && forbidden.scope() == Scope.ALL;
        return forbiddenEverywhere
                || (granted == null && sharedWithEmployee.isEmpty() && sharedWithDepartment.isEmpty());
    }

    @Override
    public boolean admits(ProtectedRecord record) {
        if (!record.resource().equals(permission.resource())) {
            return false;
        }
        if (forbidden != null && forbidden.admits(record)) {
            return false;
        }
        if (granted != null && granted.admits(record)) {
            return true;
        }
        return sharedWithEmployee.contains(record.id()) || sharedWithDepartment.contains(record.id());
    }

    @Override
    public String toString() {
        if (admitsNothing()) {
            return permission + ": nothing";
        }
        return permission + ": (" + (granted == null ? "no grant" : granted) + " or shared "
                + sharedRecordIds().size() + " records)" + (forbidden == null ? "" : " except " + forbidden);
    }
}
