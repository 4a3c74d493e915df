package org.crmkit.rules.service;

import java.util.Objects;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * The key of an alert: which rule fired on which milestone state of which record. The rule is part of the key so
 * that a later, stronger rule (e.g. "violated by half the target again") still acts on a claim whose violation was
 * already handled by a weaker one. {@code record} is the claim's or the task's id.
 */
public record SlaAlert(java.util.UUID record, Milestone milestone, MilestoneState state, RuleId rule) {
    public SlaAlert {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
    }
}
