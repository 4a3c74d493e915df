package org.crmkit.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.rules.internal.Canonical;
import org.crmkit.rules.internal.CompiledRuleSet;

/**
 * An immutable, versioned set of rules over one fact schema, with how their matches combine. Identified by
 * content: {@link #contentHash()} is the SHA-256 of {@link #canonicalForm()} (the rules, contributions,
 * parameters and effective date), so two sets with the same meaning have the same hash whatever order their
 * rules were added in.
 */
public final class RuleSet<T> {
    /** A contributor replaced a rule; the original is kept for audit. */
    public record Overriding(String namespace, Rule original, Rule replacement, String reason) {
    }

    /** A contributor turned a rule off; the rule stays in the set, skipped, with the reason. */
    public record Disablement(String namespace, RuleId id, String reason) {
    }

    /** What one contributor did to the set: the rules it added, overrode and disabled. */
    public record Amendments(String namespace, List<Rule> added, List<Overriding> overrides,
                             List<Disablement> disablements) {
        public Amendments {
            added = List.copyOf(added);
            overrides = List.copyOf(overrides);
            disablements = List.copyOf(disablements);
        }
    }

    private final String id;
    private final int version;
    private final FactSchema<T> schema;
    private final Combination combination;
    private final LocalDate effectiveFrom;
    private final Map<String, Object> params;
    private final List<Rule> rules;
    private final List<Rule> ownRules;
    private final List<Amendments> amendments;
    private final String contentHash;
    private final CompiledRuleSet compiled;

    RuleSet(String id, int version, FactSchema<T> schema, Combination combination, LocalDate effectiveFrom,
            Map<String, Object> params, List<Rule> rules, List<Rule> ownRules, List<Amendments> amendments,
            CompiledRuleSet compiled) {
        this.id = id;
        this.version = version;
        this.schema = schema;
        this.combination = combination;
        this.effectiveFrom = effectiveFrom;
        this.params = Map.copyOf(params);
        this.rules = List.copyOf(rules);
        this.ownRules = List.copyOf(ownRules);
        this.amendments = List.copyOf(amendments);
        this.contentHash = Canonical.ruleSetHash(id, version, schema.name(), combination, effectiveFrom, this.params,
                this.ownRules, this.amendments);
        this.compiled = compiled;
    }

    public static <T> RuleSetBuilder<T> builder(String id, FactSchema<T> schema) {
        return new RuleSetBuilder<>(id, schema);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public FactSchema<T> schema() {
        return schema;
    }

    public Combination combination() {
        return combination;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** The effective rules (after overrides, disabled ones included) in evaluation order. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(RuleId ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /** What each contributor did, by namespace. */
    public List<Amendments> amendments() {
        return amendments;
    }

    public List<Overriding> overrides() {
        return amendments.stream().flatMap(amendment -> amendment.overrides().stream()).toList();
    }

    public List<Disablement> disablements() {
        return amendments.stream().flatMap(amendment -> amendment.disablements().stream()).toList();
    }

    public boolean isDisabled(RuleId ruleId) {
        return disablements().stream().anyMatch(disablement -> disablement.id().equals(ruleId));
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public String contentHash() {
        return contentHash;
    }

    /** Compact canonical JSON; it loads back (Java predicates aside) to a set with the same hash. */
    public String canonicalForm() {
        return Canonical.ruleSet(id, version, schema.name(), combination, effectiveFrom, params, ownRules, amendments);
    }

    public String prettyCanonicalForm() {
        return Canonical.pretty(canonicalForm());
    }

    CompiledRuleSet compiled() {
        return compiled;
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + " v" + version + ", " + combination + ", " + rules.size() + " rules, "
                + contentHash.substring(0, 12) + "]";
    }
}
