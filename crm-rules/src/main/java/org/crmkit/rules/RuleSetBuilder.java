package org.crmkit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.crmkit.rules.LoadProblem.Code;
import org.crmkit.rules.internal.CompiledRule;
import org.crmkit.rules.internal.CompiledRuleSet;
import org.crmkit.rules.internal.Compiler;
import org.crmkit.rules.internal.Contradictions;
import org.crmkit.rules.internal.Node;

/**
 * Assembles a {@link RuleSet}: the set's own rules, then each contributor's additions, overrides and
 * disablements. {@link #build()} checks everything and reports every problem at once in a
 * {@link RuleLoadException}. Problems are located by JSON path ({@code $.rules[3].when...}) for rules read from
 * JSON, and by id ({@code rules['crmkit:deal.x'].when...}) for rules added in Java.
 */
public final class RuleSetBuilder<T> {
    /** Evaluation order: priority descending, then id ascending. */
    static final Comparator<Rule> ORDER = Comparator.comparingInt(Rule::priority).reversed().thenComparing(Rule::id);

    private final String id;
    private final FactSchema<T> schema;
    private int version = 1;
    private Combination combination = Combination.ALL;
    private LocalDate effectiveFrom = LocalDate.of(1970, 1, 1);
    private final Map<String, Object> params = new TreeMap<>();
    private final List<Entry> base = new ArrayList<>();
    private final List<Object[]> contributors = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Object[]> conditionChecks = new ArrayList<>();
    private boolean incomplete;

    /** A rule as declared, with where it was declared. */
    private record Entry(Rule rule, String path) {
    }

    RuleSetBuilder(String id, FactSchema<T> schema) {
        this.id = Objects.requireNonNull(id, "rule set id");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public RuleSetBuilder<T> version(int version) {
        this.version = version;
        return this;
    }

    public RuleSetBuilder<T> combine(Combination combination) {
        this.combination = Objects.requireNonNull(combination, "combination");
        return this;
    }

    public RuleSetBuilder<T> effectiveFrom(LocalDate date) {
        this.effectiveFrom = Objects.requireNonNull(date, "effective date");
        return this;
    }

    /** A value for {@code {"param": name}} in conditions; supplied values replace the document's. */
    public RuleSetBuilder<T> param(String name, Object value) {
        params.put(name, new Operand.Literal(value).value());
        return this;
    }

    public RuleSetBuilder<T> add(Rule... rules) {
        for (Rule rule : rules) {
            add(rule, "rules['" + rule.id() + "']");
        }
        return this;
    }

    public RuleSetBuilder<T> contribute(RuleContributor... contributors) {
        for (RuleContributor contributor : contributors) {
            contribute(contributor, "contributions['" + contributor.namespace() + "']");
        }
        return this;
    }

    public RuleSetBuilder<T> contribute(List<RuleContributor> contributors) {
        return contribute(contributors.toArray(RuleContributor[]::new));
    }

    RuleSetBuilder<T> add(Rule rule, String path) {
        base.add(new Entry(rule, path));
        return this;
    }

    RuleSetBuilder<T> contribute(RuleContributor contributor, String path) {
        contributors.add(new Object[] {contributor, path});
        return this;
    }

    /** A problem found before the rules reached the builder (by the JSON reader). */
    RuleSetBuilder<T> problem(LoadProblem problem, boolean ruleDropped) {
        problems.add(problem);
        incomplete |= ruleDropped;
        return this;
    }

    /** A condition of a rule that could not be read whole: still checked, so one load reports it too. */
    RuleSetBuilder<T> checkCondition(Condition condition, String path) {
        conditionChecks.add(new Object[] {condition, path});
        return this;
    }

    public RuleSet<T> build() {
        List<LoadProblem> found = new ArrayList<>(problems);
        Map<RuleId, Slot> slots = new LinkedHashMap<>();
        for (Entry entry : base) {
            declare(entry.rule(), entry.path(), null, slots, found);
        }
        List<ContributionImpl> contributions = new ArrayList<>();
        Set<String> namespaces = new HashSet<>();
        for (Object[] pair : contributors) {
            RuleContributor contributor = (RuleContributor) pair[0];
            String path = (String) pair[1];
            if (!RuleId.isNamespace(contributor.namespace())) {
                found.add(new LoadProblem(path + ".namespace", Code.MALFORMED, "'" + contributor.namespace()
                        + "' is not a namespace (lower-case letters, digits and '-')"));
                continue;
            }
            if (!namespaces.add(contributor.namespace())) {
                found.add(new LoadProblem(path + ".namespace", Code.MALFORMED,
                        "namespace '" + contributor.namespace() + "' contributes more than once"));
                continue;
            }
            ContributionImpl contribution = new ContributionImpl(id, schema.name(), contributor.namespace(), path,
                    slots, found);
            contributor.contribute(contribution);
            contributions.add(contribution);
        }

        Compiler compiler = new Compiler(schema, params, found);
        List<CompiledRule> compiled = new ArrayList<>();
        List<Contradictions.Located> enabled = new ArrayList<>();
        boolean allCompiled = !incomplete;
        for (Slot slot : slots.values()) {
            Node node = compile(slot.effective(), slot.effectivePath(), compiler);
            if (node == null) {
                allCompiled = false;
                continue;
            }
            compiled.add(new CompiledRule(slot.effective(), node, slot.disabledBecause));
        }
        for (Object[] check : conditionChecks) {
            compiler.compile((Condition) check[0], (String) check[1]);
        }
        compiled.sort(Comparator.comparing(CompiledRule::rule, ORDER));
        for (CompiledRule rule : compiled) {
            if (rule.enabled()) {
                enabled.add(new Contradictions.Located(rule.rule(), slots.get(rule.rule().id()).effectivePath()));
            }
        }
        if (combination == Combination.FIRST && allCompiled) {
            checkCatchAll(enabled, found);
        }
        Contradictions.check(combination, enabled, found);
        if (!found.isEmpty()) {
            throw new RuleLoadException(id, inDocumentOrder(found));
        }
        return assemble(slots, contributions, compiled, compiler.fieldSlots());
    }

    /**
     * Problems sorted by the rule they are about (rules, then contributions, then the set as a whole), keeping
     * the order they were found in within one rule.
     */
    private static List<LoadProblem> inDocumentOrder(List<LoadProblem> problems) {
        List<LoadProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((LoadProblem problem) -> section(problem.path()))
                .thenComparingInt(problem -> index(problem.path())));
        return sorted;
    }

    private static int section(String path) {
        return path.startsWith("$.rules[") || path.startsWith("rules[") ? 1
                : path.startsWith("$.contributions[") || path.startsWith("contributions[") ? 2
                : path.equals("$") ? 0 : 3;
    }

    private static int index(String path) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^\\$?\\.?\\w+\\[(\\d+)]").matcher(path);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    private void declare(Rule rule, String path, String namespace, Map<RuleId, Slot> slots, List<LoadProblem> found) {
        Slot existing = slots.get(rule.id());
        if (existing != null) {
            found.add(new LoadProblem(path + ".id", Code.DUPLICATE_ID, "duplicate rule id '" + rule.id()
                    + "' (first declared at " + existing.path + "); to replace a rule, override it"));
            return;
        }
        slots.put(rule.id(), new Slot(rule, path, namespace));
    }

    private Node compile(Rule rule, String path, Compiler compiler) {
        boolean ok = true;
        if (rule.trigger() instanceof Trigger.OnChange change && !change.fields().isEmpty()) {
            int i = 0;
            for (String field : change.fields()) {
                if (!compiler.isField(field)) {
                    ok &= compiler.checkField(field, path + ".trigger.change[" + i + "]");
                }
                i++;
            }
        }
        for (int i = 0; i < rule.effects().size(); i++) {
            if (rule.effects().get(i) instanceof Effect.Violation violation && violation.field() != null
                    && !compiler.isField(violation.field())) {
                ok &= compiler.checkField(violation.field(), path + ".then[" + i + "].violation.field");
            }
        }
        Node node = compiler.compile(rule.when(), path, ".when").orElse(null);
        return ok ? node : null;
    }

    private static void checkCatchAll(List<Contradictions.Located> enabled, List<LoadProblem> found) {
        Set<Trigger> triggers = new java.util.LinkedHashSet<>();
        Set<Trigger> caught = new HashSet<>();
        for (Contradictions.Located located : enabled) {
            triggers.add(located.rule().trigger());
            if (located.rule().isCatchAll()) {
                caught.add(located.rule().trigger());
            }
        }
        if (triggers.isEmpty()) {
            found.add(new LoadProblem("$.rules", Code.NO_CATCH_ALL,
                    "a FIRST rule set needs a catch-all rule (\"when\": true); it has no enabled rules"));
        }
        for (Trigger trigger : triggers) {
            if (!caught.contains(trigger)) {
                found.add(new LoadProblem("$.rules", Code.NO_CATCH_ALL, "a FIRST rule set needs a catch-all rule "
                        + "(\"when\": true) for every trigger it uses; there is none " + trigger));
            }
        }
    }

    private RuleSet<T> assemble(Map<RuleId, Slot> slots, List<ContributionImpl> contributions, List<CompiledRule> compiled,
                                int fieldSlots) {
        List<Rule> own = slots.values().stream().filter(slot -> slot.namespace == null).map(slot -> slot.rule).toList();
        List<RuleSet.Amendments> amendments = contributions.stream()
                .sorted(Comparator.comparing(contribution -> contribution.namespace))
                .map(contribution -> contribution.amendments(slots)).toList();
        return new RuleSet<>(id, version, schema, combination, effectiveFrom, params,
                compiled.stream().map(CompiledRule::rule).toList(), own, amendments, new CompiledRuleSet(combination, compiled, fieldSlots));
    }

    /** One rule id's state while building: as declared, and as amended by a contributor. */
    private static final class Slot {
        final Rule rule;
        final String path;
        final String namespace;
        Rule replacement;
        String replacementPath;
        String disabledBecause;
        String amendedBy;
        String reason;

        Slot(Rule rule, String path, String namespace) {
            this.rule = rule;
            this.path = path;
            this.namespace = namespace;
        }

        Rule effective() {
            return replacement == null ? rule : replacement;
        }

        String effectivePath() {
            return replacement == null ? path : replacementPath;
        }
    }

    static final class ContributionImpl implements Contribution {
        private final String namespace;
        private final String path;
        private final Map<RuleId, Slot> slots;
        private final List<LoadProblem> found;
        private final List<RuleId> added = new ArrayList<>();
        private final List<RuleId> overridden = new ArrayList<>();
        private final List<RuleId> disabled = new ArrayList<>();
        private final String ruleSet;
        private final String schema;

        ContributionImpl(String ruleSet, String schema, String namespace, String path, Map<RuleId, Slot> slots,
                         List<LoadProblem> found) {
            this.ruleSet = ruleSet;
            this.schema = schema;
            this.namespace = namespace;
            this.path = path;
            this.slots = slots;
            this.found = found;
        }

        @Override
        public String ruleSet() {
            return ruleSet;
        }

        @Override
        public String schema() {
            return schema;
        }

        @Override
        public Contribution add(Rule rule) {
            return add(rule, path + ".rules['" + rule.id() + "']");
        }

        @Override
        public Contribution override(Rule replacement, String reason) {
            return override(replacement, reason, path + ".overrides['" + replacement.id() + "']");
        }

        @Override
        public Contribution disable(RuleId ruleId, String reason) {
            return disable(ruleId, reason, path + ".disable['" + ruleId + "']");
        }

        Contribution add(Rule rule, String at) {
            if (!rule.id().namespace().equals(namespace)) {
                found.add(new LoadProblem(at + ".id", Code.FOREIGN_NAMESPACE, "rule '" + rule.id() + "' is not in namespace '"
                        + namespace + "': a contributor adds rules only in its own namespace (it may override or disable others by id)"));
                return this;
            }
            int before = found.size();
            Slot existing = slots.get(rule.id());
            if (existing != null) {
                found.add(new LoadProblem(at + ".id", Code.DUPLICATE_ID, "duplicate rule id '" + rule.id()
                        + "' (first declared at " + existing.path + "); to replace a rule, override it"));
            }
            if (found.size() == before) {
                slots.put(rule.id(), new Slot(rule, at, namespace));
                added.add(rule.id());
            }
            return this;
        }

        Contribution override(Rule replacement, String reason, String at) {
            Slot slot = amendable(replacement.id(), reason, "override", at);
            if (slot != null) {
                slot.replacement = replacement;
                slot.replacementPath = at + ".rule";
                slot.amendedBy = namespace;
                slot.reason = reason;
                overridden.add(replacement.id());
            }
            return this;
        }

        Contribution disable(RuleId ruleId, String reason, String at) {
            Slot slot = amendable(ruleId, reason, "disable", at);
            if (slot != null) {
                slot.disabledBecause = reason;
                slot.amendedBy = namespace;
                slot.reason = reason;
                disabled.add(ruleId);
            }
            return this;
        }

        private Slot amendable(RuleId ruleId, String reason, String what, String at) {
            Slot slot = slots.get(ruleId);
            if (slot == null) {
                found.add(new LoadProblem(at, Code.UNKNOWN_RULE, "cannot " + what + " rule '" + ruleId
                        + "': the rule set has no such rule"));
                return null;
            }
            if (slot.rule.sealed()) {
                found.add(new LoadProblem(at, Code.SEALED_RULE, "rule '" + ruleId + "' is sealed: namespace '"
                        + namespace + "' cannot " + what + " it"));
                return null;
            }
            if (slot.amendedBy != null) {
                found.add(new LoadProblem(at, Code.CONTRADICTION, "rule '" + ruleId + "' is already amended by namespace '"
                        + slot.amendedBy + "'; a rule takes one override or disablement"));
                return null;
            }
            if (reason == null || reason.isBlank()) {
                found.add(new LoadProblem(at + ".reason", Code.MALFORMED, "to " + what + " rule '" + ruleId
                        + "' state a reason (it is kept for audit)"));
                return null;
            }
            return slot;
        }

        RuleSet.Amendments amendments(Map<RuleId, Slot> slots) {
            return new RuleSet.Amendments(namespace,
                    added.stream().map(ruleId -> slots.get(ruleId).rule).toList(),
                    overridden.stream().map(ruleId -> slots.get(ruleId))
                            .map(slot -> new RuleSet.Overriding(namespace, slot.rule, slot.replacement, slot.reason)).toList(),
                    disabled.stream().map(ruleId -> new RuleSet.Disablement(namespace, ruleId, slots.get(ruleId).reason)).toList());
        }
    }
}
