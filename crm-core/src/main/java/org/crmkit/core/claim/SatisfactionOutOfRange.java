package org.crmkit.core.claim;

import org.crmkit.core.shared.DomainException;

/** Customer satisfaction is scored from 1 (very unhappy) to 5 (very happy). */
public final class SatisfactionOutOfRange extends DomainException {
    public SatisfactionOutOfRange(int score) {
        super("claim.satisfaction-out-of-range",
                "A satisfaction score is from 1 to 5, not " + score,
                "Оценка удовлетворённости — от 1 до 5, а не " + score);
    }
}
