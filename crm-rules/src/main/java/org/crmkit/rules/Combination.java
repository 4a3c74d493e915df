package org.crmkit.rules;

/**
 * How the matches of a rule set combine. Rules are always considered in one order: priority descending,
 * then id ascending — never insertion order.
 */
public enum Combination {
    /** Every matching rule contributes its effects (validation: collect every violation). */
    ALL,
    /**
     * The first matching rule in order wins and the rest are skipped (assignment). For every trigger used in
     * the set there must be a catch-all rule (condition {@code true}) with that trigger, or the load fails.
     */
    FIRST,
    /**
     * The matching rules with the highest priority among the matches win, all of them (escalation). Once a
     * rule of priority p matched, rules of lower priority are skipped as outranked; other rules of priority p
     * are still evaluated.
     */
    PRIORITY
}
