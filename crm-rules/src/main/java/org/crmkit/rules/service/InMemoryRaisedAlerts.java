package org.crmkit.rules.service;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RaisedAlerts} in a concurrent map. */
final class InMemoryRaisedAlerts implements RaisedAlerts {
    private final Map<SlaAlert, Instant> raised = new ConcurrentHashMap<>();

    @Override
    public boolean wasRaised(SlaAlert alert) {
        return raised.containsKey(alert);
    }

    @Override
    public void record(SlaAlert alert, Instant at) {
        raised.putIfAbsent(alert, at);
    }
}
