package org.crmkit.rules;

/** What a {@link RuleContributor} may do to a rule set while it is built. Problems surface at build time. */
public interface Contribution {
    /** The id of the rule set being built, e.g. {@code crmkit:deal.validation}. */
    String ruleSet();

    /** The name of the fact schema, e.g. {@code deal}. */
    String schema();

    /** Adds a rule; its id must be in the contributor's namespace. */
    Contribution add(Rule rule);

    /** Replaces the rule with the same id as the replacement; fails the build if that rule is sealed. */
    Contribution override(Rule replacement, String reason);

    /** Turns a rule off; it stays in the set (and its trace) as disabled, with the reason. */
    Contribution disable(RuleId id, String reason);
}
