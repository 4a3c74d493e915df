package org.crmkit.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.EmployeeId;

/**
 * One line of the access audit trail: who, when, which permission on which record (none for a function-level
 * check), the decision with its explanation, and why it was recorded. {@code note} carries the stated reason of
 * a system context (null otherwise).
 */
public record AccessAuditEntry(Instant at, EmployeeId actor, Permission permission, Resource resource,
                               UUID recordId, Decision decision, Kind kind, String note) {
    /** Why an entry was written. */
    public enum Kind {
        /** A request was refused. */
        DENIAL,
        /** Personal data was read unmasked (152-FZ / GDPR accountability). */
        PERSONAL_DATA_READ,
        /** A trusted job acted outside any employee's rights. */
        SYSTEM_CONTEXT
    }

    public AccessAuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(kind, "kind");
    }

    public static AccessAuditEntry denial(Instant at, Actor actor, Permission permission, UUID recordId,
                                          Decision decision) {
        return new AccessAuditEntry(at, actor.employee(), permission, permission.resource(), recordId, decision,
                Kind.DENIAL, null);
    }

    public static AccessAuditEntry personalDataRead(Instant at, Actor actor, Permission permission, UUID recordId,
                                                    Decision decision) {
        return new AccessAuditEntry(at, actor.employee(), permission, permission.resource(), recordId, decision,
                Kind.PERSONAL_DATA_READ, null);
    }

    public static AccessAuditEntry systemContext(Instant at, EmployeeId onBehalfOf, Permission permission,
                                                 UUID recordId) {
        return systemContext(at, onBehalfOf, permission, recordId, null);
    }

    /** A trusted job's action, with the reason the job stated when its system context was opened. */
    public static AccessAuditEntry systemContext(Instant at, EmployeeId onBehalfOf, Permission permission,
                                                 UUID recordId, String reason) {
        return new AccessAuditEntry(at, onBehalfOf, permission, permission.resource(), recordId,
                Decision.systemContext(permission), Kind.SYSTEM_CONTEXT, reason);
    }
}
