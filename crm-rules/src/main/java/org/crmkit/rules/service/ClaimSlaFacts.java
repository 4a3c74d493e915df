package org.crmkit.rules.service;

import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.claim.WaitingFor;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/**
 * What SLA escalation rules read about one milestone of one claim (schema {@code claim-sla}, trigger
 * {@code {"timer": "sla-sweep"}}).
 *
 * <table>
 *   <caption>fields</caption>
 *   <tr><td>milestone</td><td>ENUM FIRST_RESPONSE, RESOLUTION</td></tr>
 *   <tr><td>state</td><td>ENUM ON_TRACK, WARNING, VIOLATED, MET</td></tr>
 *   <tr><td>consumedPercent</td><td>NUMBER, whole percent of the target used (above 100 once violated)</td></tr>
 *   <tr><td>severity</td><td>ENUM LOW, MEDIUM, HIGH, CRITICAL</td></tr>
 *   <tr><td>category</td><td>STRING, the claim's category</td></tr>
 *   <tr><td>segment</td><td>STRING, the client's segment, absent if none</td></tr>
 *   <tr><td>escalationLevel</td><td>NUMBER, the claim's current level (0 = not escalated)</td></tr>
 *   <tr><td>status</td><td>ENUM, the claim's status</td></tr>
 *   <tr><td>waitingFor</td><td>ENUM CUSTOMER, SUPPLIER, absent unless WAITING</td></tr>
 *   <tr><td>assigned</td><td>BOOLEAN, whether an employee is assigned</td></tr>
 * </table>
 */
public record ClaimSlaFacts(Milestone milestone, MilestoneState state, int consumedPercent, Severity severity,
                            String category, String segment, int escalationLevel, ClaimStatus status,
                            WaitingFor waitingFor, boolean assigned) {
    /** The timer name escalation rules trigger on. */
    public static final String SWEEP_TIMER = "sla-sweep";

    public static final FactSchema<ClaimSlaFacts> SCHEMA = FactSchema.builder("claim-sla", ClaimSlaFacts.class)
            .enumeration("milestone", Milestone.class, ClaimSlaFacts::milestone)
            .enumeration("state", MilestoneState.class, ClaimSlaFacts::state)
            .number("consumedPercent", ClaimSlaFacts::consumedPercent)
            .enumeration("severity", Severity.class, ClaimSlaFacts::severity)
            .string("category", ClaimSlaFacts::category)
            .string("segment", ClaimSlaFacts::segment)
            .number("escalationLevel", ClaimSlaFacts::escalationLevel)
            .enumeration("status", ClaimStatus.class, ClaimSlaFacts::status)
            .enumeration("waitingFor", WaitingFor.class, ClaimSlaFacts::waitingFor)
            .bool("assigned", ClaimSlaFacts::assigned)
            .build();
}
