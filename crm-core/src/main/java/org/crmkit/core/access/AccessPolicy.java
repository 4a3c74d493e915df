package org.crmkit.core.access;

import java.util.List;

/**
 * The port every use case consults: decides single requests, builds list filters that repositories apply
 * while reading (never after), and tells which fields a reader sees, masked or not. Default deny: what no
 * grant allows is denied; a forbid beats every grant.
 */
public interface AccessPolicy {
    /** May the actor do this to this record? */
    Decision decide(Actor actor, Permission permission, ProtectedRecord record);

    /**
     * May the actor use this function at all, regardless of records (reports, exports, creating records)? True
     * when some grant of the permission exists at any scope and no forbid applies.
     */
    Decision decide(Actor actor, Permission permission);

    /** The filter that selects exactly the records {@link #decide(Actor, Permission, ProtectedRecord)} allows. */
    RecordFilter filter(Actor actor, Permission permission);

    /** How the actor sees the tagged fields of a resource. */
    FieldPolicy fields(Actor actor, Resource resource);

    /**
     * The decision and what would have to change for it to allow. Implementations that cannot say return the
     * decision alone.
     */
    default Explanation whyNot(Actor actor, Permission permission, ProtectedRecord record) {
        return new Explanation(decide(actor, permission, record), List.of());
    }

    /** As {@link #whyNot(Actor, Permission, ProtectedRecord)}, for a function rather than a record. */
    default Explanation whyNot(Actor actor, Permission permission) {
        return new Explanation(decide(actor, permission), List.of());
    }
}
