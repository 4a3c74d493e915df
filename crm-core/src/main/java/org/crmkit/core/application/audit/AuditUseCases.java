package org.crmkit.core.application.audit;

import java.util.List;

import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.Action;
import org.crmkit.core.access.Explanation;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.internal.memory.InMemoryAccessAudit;

/** The access audit trail (for auditors), and the explanation of what would let a denied request pass. */
public final class AuditUseCases {
    private static final Permission READ_TRAIL = Permission.of(Resource.AUDIT_TRAIL, Action.READ);

    private final SessionContext session;

    public AuditUseCases(SessionContext session) {
        this.session = session;
    }

    /**
     * The entries of the access audit trail, oldest first, when the CRM keeps it in memory (the default); an
     * audit stored elsewhere is read where it is stored.
     */
    public List<AccessAuditEntry> trail() {
        session.require(READ_TRAIL);
        if (session.audit() instanceof InMemoryAccessAudit memory) {
            return memory.entries();
        }
        throw new UnsupportedOperationException("this CRM's access audit is stored outside the CRM: read it there");
    }

    /** What would have to change for this session to be allowed the request (answered for itself only). */
    public Explanation whyNot(Permission permission, ProtectedRecord record) {
        return session.policy().whyNot(session.actor(), permission, record);
    }
}
