package org.crmkit.rules.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Priority;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Rule;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.RuleId;

/**
 * Applies the effects of one escalation rule to one claim, in a fixed order whatever order the rule lists them
 * in: escalate first (so the ladder is read at the new level), then reassign, notify, create a task.
 */
final class ClaimSlaEffects {
    /** The strategy name that means "whom the escalation ladder names at the claim's level". */
    static final String LADDER = "escalation-ladder";
    static final String NOTIFY = "sla.notify";
    static final String CREATE_TASK = "sla.create-task";

    private final Repositories repositories;
    private final EscalationLadder ladder;
    private final Clock clock;

    ClaimSlaEffects(Repositories repositories, EscalationLadder ladder, Clock clock) {
        this.repositories = repositories;
        this.ladder = ladder;
        this.clock = clock;
    }

    void apply(CrmSession system, SlaAlert key, Milestone milestone, MilestoneState state, Rule rule,
               MilestoneStatus status, BusinessCalendar calendar, List<SlaAction> actions) {
        ClaimId id = new ClaimId(key.record());
        Acted alert = new Acted(key.record(), milestone, state, rule.id());
        for (Effect effect : rule.effects()) {
            if (effect instanceof Effect.Escalate escalate) {
                Claim claim = claim(id);
                if (escalate.level() > claim.escalationLevel()) {
                    system.claims().escalate(id, escalate.level(), escalate.reasonEn() + " [" + rule.id() + "]");
                    actions.add(action(alert, SlaAction.Kind.ESCALATED, "level " + escalate.level()));
                }
            }
        }
        // Read the ladder once, at the level just reached and before any reassignment: the person it names is
        // the one the claim goes to, who is told, and who gets the task.
        Claim escalated = claim(id);
        Optional<EmployeeId> up = ladder.at(escalated.escalationLevel(), escalated, repositories.departments(),
                repositories.employees());
        EmployeeId previousOwner = escalated.owner();
        for (Effect effect : rule.effects()) {
            if (effect instanceof Effect.Assign assign) {
                reassign(system, alert, id, target(assign.to(), up), actions);
            }
        }
        for (Effect effect : rule.effects()) {
            if (effect instanceof Effect.Emit emit && emit.eventType().equals(NOTIFY)) {
                notify(system, alert, id, recipient(emit, up, previousOwner), status, actions);
            }
        }
        for (Effect effect : rule.effects()) {
            if (effect instanceof Effect.Emit emit && emit.eventType().equals(CREATE_TASK)) {
                createTask(system, alert, id, emit, recipient(emit, up, previousOwner), calendar, actions);
            }
        }
        for (Effect effect : rule.effects()) {
            boolean known = effect instanceof Effect.Escalate || effect instanceof Effect.Assign
                    || effect instanceof Effect.Emit emit && (emit.eventType().equals(NOTIFY)
                    || emit.eventType().equals(CREATE_TASK));
            if (!known) {
                actions.add(action(alert, SlaAction.Kind.SKIPPED, "not an SLA effect: " + effect));
            }
        }
    }

    private Optional<EmployeeId> target(Assignee to, Optional<EmployeeId> up) {
        if (to instanceof Assignee.ToEmployee employee) {
            return Optional.of(employee.employee());
        }
        if (to instanceof Assignee.ToDepartment department) {
            return repositories.departments().find(department.department()).flatMap(Department::head);
        }
        if (to instanceof Assignee.ByStrategy strategy && strategy.strategy().equals(LADDER)) {
            return up;
        }
        return Optional.empty();
    }

    private void reassign(CrmSession system, Acted alert, ClaimId id, Optional<EmployeeId> target,
                          List<SlaAction> actions) {
        Claim claim = claim(id);
        if (target.isEmpty()) {
            actions.add(action(alert, SlaAction.Kind.SKIPPED, "nobody to reassign to"));
        } else if (target.equals(claim.assignee())) {
            actions.add(action(alert, SlaAction.Kind.SKIPPED, "already assigned to " + target.get()));
        } else if (!canBeAssigned(claim.status())) {
            actions.add(action(alert, SlaAction.Kind.SKIPPED, "a " + claim.status() + " claim cannot be reassigned"));
        } else {
            system.claims().assign(id, target.get());
            actions.add(action(alert, SlaAction.Kind.REASSIGNED, "to " + target.get()));
        }
    }

    private void notify(CrmSession system, Acted alert, ClaimId id, Optional<EmployeeId> recipient,
                        MilestoneStatus status, List<SlaAction> actions) {
        EmployeeId whom = recipient.orElse(null);
        Instant now = clock.instant();
        String rule = alert.rule().toString();
        if (alert.state() == MilestoneState.VIOLATED) {
            system.publish(new ClaimSlaViolated(id, alert.milestone(), status.consumed(), status.target(),
                    status.deadline(), whom, rule, system.actor().employee(), now));
        } else {
            system.publish(new ClaimSlaWarning(id, alert.milestone(), status.consumed(), status.target(),
                    status.deadline(), whom, rule, system.actor().employee(), now));
        }
        actions.add(action(alert, SlaAction.Kind.NOTIFIED, "to " + whom));
    }

    private void createTask(CrmSession system, Acted alert, ClaimId id, Effect.Emit emit,
                            Optional<EmployeeId> whom, BusinessCalendar calendar, List<SlaAction> actions) {
        Claim claim = claim(id);
        if (whom.isEmpty()) {
            actions.add(action(alert, SlaAction.Kind.SKIPPED, "nobody to set the task for"));
            return;
        }
        Object title = emit.payload().getOrDefault("title", "Act on the SLA of claim: " + claim.subject());
        Object hours = emit.payload().getOrDefault("dueInBusinessHours", BigDecimal.valueOf(4));
        Instant due = calendar.plus(clock.instant(), Duration.ofMinutes(
                ((BigDecimal) hours).multiply(BigDecimal.valueOf(60)).longValue()));
        CreateTask task = CreateTask.of(title.toString(), whom.get(), due).withPriority(Priority.HIGH)
                .about(claim.client(), null, id);
        system.tasks().create(task);
        actions.add(action(alert, SlaAction.Kind.TASK_CREATED, "for " + whom.get() + " due " + due));
    }

    /**
     * {@code to: "assignee"} names whoever had the claim before this rule acted; anything else (the default) the
     * ladder's person at the claim's level, or the owner while the claim is not escalated.
     */
    private static Optional<EmployeeId> recipient(Effect.Emit emit, Optional<EmployeeId> up, EmployeeId owner) {
        if ("assignee".equals(emit.payload().get("to"))) {
            return Optional.of(owner);
        }
        return up.isPresent() ? up : Optional.of(owner);
    }

    private Claim claim(ClaimId id) {
        return repositories.claims().get(id);
    }

    private static boolean canBeAssigned(ClaimStatus status) {
        return status == ClaimStatus.IN_REVIEW || status == ClaimStatus.IN_PROGRESS || status == ClaimStatus.REOPENED;
    }

    private static SlaAction action(Acted alert, SlaAction.Kind kind, String detail) {
        return new SlaAction(alert.record(), alert.milestone(), alert.state(), alert.rule(), kind, detail);
    }

    /** The claim, milestone state and rule being acted on. */
    private record Acted(java.util.UUID record, Milestone milestone, MilestoneState state, RuleId rule) {
    }
}
