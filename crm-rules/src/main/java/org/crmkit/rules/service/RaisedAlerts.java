package org.crmkit.rules.service;

import java.time.Instant;

/**
 * Port: the SLA alerts already acted on, so that a sweep run again acts on none of them twice. An alert is one
 * escalation rule matching one milestone state of one claim; the escalation level reached is not kept here, it is
 * read from the claim itself.
 */
public interface RaisedAlerts {
    boolean wasRaised(SlaAlert alert);

    /** Notes the alert as acted on at {@code at}; noting it again changes nothing. */
    void record(SlaAlert alert, Instant at);

    /** Thread-safe, in memory: the embedded default. */
    static RaisedAlerts inMemory() {
        return new InMemoryRaisedAlerts();
    }
}
