package org.crmkit.rules.service;

import static org.crmkit.rules.Conditions.and;
import static org.crmkit.rules.Conditions.field;

import java.util.Map;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Condition;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.Trigger;

/**
 * CRMKit's standard claim escalation ({@code PRIORITY} over {@link ClaimSlaFacts}): a company starts from it or
 * writes its own in Java or JSON.
 * <ol>
 *   <li>resolution violated, below level 2 → level 2, the claim goes to the ladder's level-2 person, who is told;</li>
 *   <li>resolution at its warning share, below level 1 → level 1, to the ladder's level-1 person, who is told;</li>
 *   <li>first response violated, below level 1 → level 1, the ladder's person is told and gets a task to answer;</li>
 *   <li>first response at its warning share → the assignee is told.</li>
 * </ol>
 */
public final class SlaEscalationRules {
    public static final String ID = "crmkit:claim.sla-escalation";

    private SlaEscalationRules() {
    }

    public static RuleSet<ClaimSlaFacts> standard() {
        return RuleSet.builder(ID, ClaimSlaFacts.SCHEMA).combine(Combination.PRIORITY)
                .add(Rule.define("crmkit:sla.resolution-violated").priority(30)
                                .description("A claim past its resolution deadline goes two levels up")
                                .on(sweep()).when(and(on("RESOLUTION", "VIOLATED"), below(2)))
                                .then(escalate(2, "Resolution deadline missed", "Срок решения нарушен"),
                                        toLadder(), notifyLadder())
                                .build(),
                        Rule.define("crmkit:sla.resolution-warning").priority(20)
                                .description("A claim near its resolution deadline goes one level up")
                                .on(sweep()).when(and(on("RESOLUTION", "WARNING"), below(1)))
                                .then(escalate(1, "Resolution deadline is near", "Срок решения подходит"),
                                        toLadder(), notifyLadder())
                                .build(),
                        Rule.define("crmkit:sla.first-response-violated").priority(10)
                                .description("A claim nobody answered in time: the level above answers it")
                                .on(sweep()).when(and(on("FIRST_RESPONSE", "VIOLATED"), below(1)))
                                .then(escalate(1, "First response deadline missed", "Срок первого ответа нарушен"),
                                        notifyLadder(),
                                        new Effect.Emit(ClaimSlaEffects.CREATE_TASK, Map.of(
                                                "title", "Answer the customer: first response is overdue",
                                                "dueInBusinessHours", 1)))
                                .build(),
                        Rule.define("crmkit:sla.first-response-warning").priority(0)
                                .description("The assignee is reminded to answer")
                                .on(sweep()).when(on("FIRST_RESPONSE", "WARNING"))
                                .then(new Effect.Emit(ClaimSlaEffects.NOTIFY, Map.of("to", "assignee")))
                                .build())
                .build();
    }

    /** The trigger of escalation rules: the sweep's timer. */
    public static Trigger sweep() {
        return Trigger.onTimer(ClaimSlaFacts.SWEEP_TIMER);
    }

    /** Assign effect: the ladder's person at the claim's (new) level. */
    public static Effect toLadder() {
        return new Effect.Assign(new Assignee.ByStrategy(ClaimSlaEffects.LADDER));
    }

    /** Notify effect: publishes a ClaimSlaWarning or ClaimSlaViolated naming the ladder's person. */
    public static Effect notifyLadder() {
        return new Effect.Emit(ClaimSlaEffects.NOTIFY, Map.of("to", "ladder"));
    }

    private static Condition on(String milestone, String state) {
        return and(field("milestone").eq(milestone), field("state").eq(state));
    }

    private static Condition below(int level) {
        return field("escalationLevel").lt(level);
    }

    private static Effect escalate(int level, String en, String ru) {
        return new Effect.Escalate(level, en, ru);
    }
}
