package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** A claim is resolved only with notes on how: the customer and the quality review both read them. */
public final class ResolutionNotesRequired extends DomainException {
    public ResolutionNotesRequired(ClaimId id) {
        super("claim.resolution-notes-required",
                "Claim " + id + " cannot be resolved without notes on how",
                "Обращение " + id + " нельзя решить без описания решения");
    }
}
