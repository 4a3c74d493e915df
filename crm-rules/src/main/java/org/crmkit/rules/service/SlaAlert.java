package org.crmkit.rules.service;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.RuleId;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * The key of an alert: which rule fired on which occasion of which record. For a claim the occasion is the
 * milestone and its state ({@code RESOLUTION/WARNING}); for a task, being overdue for a given due time (so a task
 * rescheduled and overdue again is a new occasion). The rule is part of the key so that a later, stronger rule
 * still acts on an occasion a weaker one already handled.
 */
public record SlaAlert(UUID record, String occasion, RuleId rule) {
    public SlaAlert {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(rule, "rule");
    }

    public static SlaAlert forClaim(ClaimId claim, Milestone milestone, MilestoneState state, RuleId rule) {
        return new SlaAlert(claim.value(), milestone + "/" + state, rule);
    }

    public static SlaAlert forOverdueTask(TaskId task, Instant due, RuleId rule) {
        return new SlaAlert(task.value(), "overdue/" + due, rule);
    }
}
