package org.crmkit.core.access;

/**
 * Port for the access audit trail: receives every denial, every read of personal data and every use of the
 * system context. Implementations must be thread-safe and must not throw for a well-formed entry.
 */
public interface AccessAudit {
    void record(AccessAuditEntry entry);

    /** An audit that keeps nothing (tests, or when the embedding app audits elsewhere). */
    static AccessAudit none() {
        return entry -> {
        };
    }
}
