package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** A supplier's answer was recorded on a claim that asked no supplier anything (or already has the answer). */
public final class NoOpenSupplierRequest extends DomainException {
    public NoOpenSupplierRequest(ClaimId id) {
        super("claim.no-open-supplier-request",
                "Claim " + id + " has no open request to a supplier",
                "По обращению " + id + " нет открытого запроса поставщику");
    }
}
