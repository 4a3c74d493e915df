package org.crmkit.core.access;

import java.util.List;

/**
 * An access audit that can also be read back: what an auditor sees. The in-memory default and the database
 * audit of crm-persistence implement it; a sink that ships entries elsewhere (a SIEM) need not.
 */
public interface AccessAuditTrail extends AccessAudit {
    /** The most recent entries, newest first, at most {@code limit} of them. */
    List<AccessAuditEntry> latest(int limit);
}
