package org.crmkit.core.analytics;

import java.util.Map;

/**
 * Supplier requests of the counted claims that had a due time: {@code late} counts those answered after it or,
 * still unanswered, past it at the query's {@code asOf}. {@code lateBySupplier} names who was late how often.
 */
public record SupplierDelays(Ratio late, Map<String, Long> lateBySupplier, DurationStats delay) {
    public SupplierDelays {
        lateBySupplier = Map.copyOf(lateBySupplier);
    }
}
