package org.crmkit.rules.service;

import java.util.Objects;
import java.util.UUID;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * One thing a sweep did (or deliberately did not do) about a claim or task, for its report.
 *
 * @param record    the claim's or task's id
 * @param milestone the claim milestone acted on; null for a task
 * @param state     its state; null for a task
 * @param detail what exactly, in words: the new level, the new assignee, why it was skipped
 */
public record SlaAction(UUID record, Milestone milestone, MilestoneState state, RuleId rule, Kind kind,
                        String detail) {
    public enum Kind { ESCALATED, REASSIGNED, NOTIFIED, TASK_CREATED, PRIORITY_RAISED, SKIPPED }

    public SlaAction {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
    }
}
