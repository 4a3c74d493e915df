package org.crmkit.core.deal;

import org.crmkit.core.shared.DomainException;

/** A probability was given outside 0..100 percent. */
public final class ProbabilityOutOfRange extends DomainException {
    public ProbabilityOutOfRange(int percent) {
        super("deal.probability.out-of-range",
                "A probability must be between 0 and 100 percent, not " + percent,
                "Вероятность должна быть от 0 до 100 процентов, а не " + percent);
    }
}
