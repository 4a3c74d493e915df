package org.crmkit.core.application.audit;

import java.util.List;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Explanation;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.access.AccessAuditTrail;

/** The access audit trail (for auditors), and the explanation of what would let a denied request pass. */
public final class AuditUseCases {
    private static final Permission READ_TRAIL = Permission.of(Resource.AUDIT_TRAIL, Action.READ);

    private final SessionContext session;

    public AuditUseCases(SessionContext session) {
        this.session = session;
    }

    /**
     * The latest entries of the access audit trail, newest first.
     *
     * @throws AuditTrailNotReadable when the CRM's audit is a write-only sink (it ships entries elsewhere)
     */
    public List<AccessAuditEntry> latest(int limit) {
        session.require(READ_TRAIL);
        if (session.audit() instanceof AccessAuditTrail trail) {
            return trail.latest(limit);
        }
        throw new AuditTrailNotReadable();
    }

    /**
     * What would have to change for this session to be allowed the request on a stored record of one of the
     * core resources (client, contact, deal, claim, task, interaction), answered for the session itself only.
     */
    public Explanation whyNot(Permission permission, java.util.UUID recordId) {
        return whyNot(permission, session.storedRecord(permission.resource(), recordId));
    }

    /** What would have to change for this session to be allowed the request (answered for itself only). */
    public Explanation whyNot(Permission permission, ProtectedRecord record) {
        return session.policy().whyNot(session.actor(), permission, record);
    }
}
