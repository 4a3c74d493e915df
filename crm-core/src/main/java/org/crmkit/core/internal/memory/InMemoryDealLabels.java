package org.crmkit.core.internal.memory;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.deal.DealId;

/** In-memory {@link DealLabels}, thread-safe. */
public final class InMemoryDealLabels implements DealLabels {
    private final ConcurrentHashMap<DealId, Map<String, String>> labels = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> of(DealId deal) {
        Map<String, String> found = labels.get(deal);
        return found == null ? Map.of() : Map.copyOf(found);
    }

    @Override
    public void label(DealId deal, String key, String value) {
        labels.compute(deal, (id, current) -> {
            Map<String, String> next = current == null ? new TreeMap<>() : new TreeMap<>(current);
            if (value == null || value.isBlank()) {
                next.remove(key);
            } else {
                next.put(key, value.strip());
            }
            return next.isEmpty() ? null : next;
        });
    }
}
