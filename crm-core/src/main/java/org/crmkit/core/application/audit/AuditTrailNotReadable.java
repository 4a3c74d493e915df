package org.crmkit.core.application.audit;

import org.crmkit.core.shared.DomainException;

/** The CRM's access audit ships its entries elsewhere: read the trail where it is stored. */
public final class AuditTrailNotReadable extends DomainException {
    AuditTrailNotReadable() {
        super("audit.not-readable", "this CRM's access audit is stored outside the CRM: read it there",
                "журнал доступа этой CRM хранится вне её: читайте его там");
    }
}
