package org.crmkit.core.access;

import java.util.Objects;
import java.util.UUID;

/**
 * An explicit grant of one action on one record to an employee or a department — e.g. a colleague asked to
 * cover a deal while its owner is away. A forbid still beats it.
 */
public record Share(Resource resource, UUID recordId, Grantee grantee, Action action) {
    public Share {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(recordId, "record id");
        Objects.requireNonNull(grantee, "grantee");
        Objects.requireNonNull(action, "action");
    }

    public Permission permission() {
        return Permission.of(resource, action);
    }

    /** True when this share lets the actor do the permission to the record. */
    public boolean lets(Actor actor, Permission permission, UUID record) {
        return recordId.equals(record) && resource.equals(permission.resource()) && action.equals(permission.action())
                && grantee.includes(actor);
    }
}
