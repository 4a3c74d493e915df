package org.crmkit.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Condition;
import org.crmkit.rules.Effect;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.Rule;
import org.crmkit.rules.Trigger;

/**
 * Pairs of enabled rules that cannot both mean what they say. Only structural, decidable cases are checked
 * (deciding general implication between conditions is not worth its cost), each in time linear in the rules:
 * <ul>
 *   <li>FIRST: a later rule with the same trigger as an earlier one whose condition is structurally identical
 *       (same canonical JSON) or a catch-all, and with different effects — the later rule can never fire.</li>
 *   <li>ALL: two rules with the same trigger, both rejecting (a Violation or a Block), whose conditions are the
 *       same conjunction except that one has X where the other has not X (e.g. one rejects a won deal without
 *       a contract reference, the other a won deal with one) — every aggregate meeting the rest fails.</li>
 * </ul>
 * Identical ids are reported by the builder.
 */
public final class Contradictions {
    /** A rule in evaluation order, with the path it was declared at. */
    public record Located(Rule rule, String path) {
    }

    private Contradictions() {
    }

    public static void check(Combination combination, List<Located> enabledInOrder, List<LoadProblem> problems) {
        if (combination == Combination.FIRST) {
            checkShadowing(enabledInOrder, problems);
        } else if (combination == Combination.ALL) {
            checkComplements(enabledInOrder, problems);
        }
    }

    /** Per trigger: the first rule with each condition text, and the first catch-all. */
    private static void checkShadowing(List<Located> inOrder, List<LoadProblem> problems) {
        Map<Trigger, Map<String, Rule>> firstByCondition = new HashMap<>();
        Map<Trigger, Rule> catchAll = new HashMap<>();
        for (Located located : inOrder) {
            Rule later = located.rule();
            Map<String, Rule> seen = firstByCondition.computeIfAbsent(later.trigger(), trigger -> new HashMap<>());
            String text = Canonical.conditionText(later.when());
            Rule earlier = seen.get(text);
            boolean sameCondition = earlier != null;
            if (earlier == null) {
                earlier = catchAll.get(later.trigger());
            }
            if (earlier != null && !effects(earlier).equals(effects(later))) {
                problems.add(new LoadProblem(located.path(), LoadProblem.Code.CONTRADICTION, "rule '" + later.id()
                        + "' can never fire: '" + earlier.id() + "' comes first (priority " + earlier.priority() + " >= "
                        + later.priority() + ", then id) with the same trigger and "
                        + (sameCondition ? "the same condition" : "a catch-all condition") + ", but different effects"));
            }
            seen.putIfAbsent(text, later);
            if (later.isCatchAll()) {
                catchAll.putIfAbsent(later.trigger(), later);
            }
        }
    }

    /**
     * Each rejecting rule is filed under (trigger, its other conjuncts, X) for each of its conjuncts X; a later
     * rule filed under (trigger, the same other conjuncts, not X) contradicts it.
     */
    private static void checkComplements(List<Located> inOrder, List<LoadProblem> problems) {
        Map<List<Object>, Rule> filed = new HashMap<>();
        for (Located located : inOrder) {
            Rule rule = located.rule();
            if (!rejects(rule)) {
                continue;
            }
            List<Condition> conjuncts = conjuncts(rule.when());
            List<String> texts = conjuncts.stream().map(Canonical::conditionText).toList();
            List<Set<String>> rests = new ArrayList<>(texts.size());
            for (int i = 0; i < conjuncts.size(); i++) {
                rests.add(rest(texts, i));
            }
            for (int i = 0; i < conjuncts.size(); i++) {
                Rule partner = filed.get(List.of(rule.trigger(), rests.get(i), Canonical.negationText(texts.get(i))));
                if (partner == null && conjuncts.get(i) instanceof Condition.Not not) {
                    partner = filed.get(List.of(rule.trigger(), rests.get(i), Canonical.conditionText(not.negated())));
                }
                if (partner != null) {
                    problems.add(new LoadProblem(located.path(), LoadProblem.Code.CONTRADICTION, "rules '" + partner.id()
                            + "' and '" + rule.id() + "' contradict: under the same condition one rejects " + texts.get(i)
                            + " and the other rejects its negation, so no aggregate can pass both"));
                    break;
                }
            }
            for (int i = 0; i < conjuncts.size(); i++) {
                filed.putIfAbsent(List.of(rule.trigger(), rests.get(i), texts.get(i)), rule);
            }
        }
    }

    private static Set<String> rest(List<String> texts, int without) {
        if (texts.size() == 1) {
            return Set.of(); // equal to an empty TreeSet, as a map key too
        }
        Set<String> rest = new TreeSet<>(texts);
        rest.remove(texts.get(without));
        return rest;
    }

    private static List<Condition> conjuncts(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.all();
        }
        return condition == Condition.Always.INSTANCE ? List.of() : List.of(condition);
    }

    private static boolean rejects(Rule rule) {
        for (Effect effect : rule.effects()) {
            if (effect instanceof Effect.Violation || effect instanceof Effect.Block) {
                return true;
            }
        }
        return false;
    }

    private static String effects(Rule rule) {
        return Canonical.effectsText(rule.effects());
    }
}
