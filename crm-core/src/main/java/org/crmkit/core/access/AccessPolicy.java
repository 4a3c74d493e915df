package org.crmkit.core.access;

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
}
