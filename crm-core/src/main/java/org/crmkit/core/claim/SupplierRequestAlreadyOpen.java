package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** A claim asks one supplier at a time: the open request must be answered before another is made. */
public final class SupplierRequestAlreadyOpen extends DomainException {
    public SupplierRequestAlreadyOpen(ClaimId id, String supplier) {
        super("claim.supplier-request-open",
                "Claim " + id + " still waits for an answer from " + supplier,
                "По обращению " + id + " ещё не получен ответ от поставщика " + supplier);
    }
}
