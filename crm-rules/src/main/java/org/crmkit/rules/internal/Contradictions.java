package org.crmkit.rules.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Condition;
import org.crmkit.rules.Effect;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.Rule;

/**
 * Pairs of enabled rules that cannot both mean what they say. Only structural, decidable cases are checked
 * (the rule language is closed, but deciding general implication is not worth its cost):
 * <ul>
 *   <li>FIRST: a later rule with the same trigger as an earlier one whose condition is structurally identical
 *       (same canonical JSON) or a catch-all, and with different effects — the later rule can never fire.</li>
 *   <li>ALL: two rules with the same trigger, both rejecting (a Violation or a Block), whose conditions are the
 *       same conjunction of conditions except that one has X where the other has not X (e.g. one rejects a deal
 *       without a contract reference, the other a deal with one) — every aggregate meeting the rest fails.</li>
 * </ul>
 */
public final class Contradictions {
    /** A rule in evaluation order, with the path it was declared at. */
    public record Located(Rule rule, String path) {
    }

    private Contradictions() {
    }

    public static void check(Combination combination, List<Located> enabledInOrder, List<LoadProblem> problems) {
        for (int j = 0; j < enabledInOrder.size(); j++) {
            for (int i = 0; i < j; i++) {
                Rule earlier = enabledInOrder.get(i).rule();
                Rule later = enabledInOrder.get(j).rule();
                if (!earlier.trigger().equals(later.trigger())) {
                    continue;
                }
                String problem = combination == Combination.FIRST ? shadowed(earlier, later)
                        : combination == Combination.ALL ? complementary(earlier, later) : null;
                if (problem != null) {
                    problems.add(new LoadProblem(enabledInOrder.get(j).path(), LoadProblem.Code.CONTRADICTION, problem));
                }
            }
        }
    }

    private static String shadowed(Rule earlier, Rule later) {
        boolean sameCondition = Canonical.conditionText(earlier.when()).equals(Canonical.conditionText(later.when()));
        if (!(sameCondition || earlier.isCatchAll()) || effects(earlier).equals(effects(later))) {
            return null;
        }
        return "rule '" + later.id() + "' can never fire: '" + earlier.id() + "' comes first (priority "
                + earlier.priority() + " >= " + later.priority() + ", then id) with the same trigger and "
                + (sameCondition ? "the same condition" : "a catch-all condition") + ", but different effects";
    }

    private static String complementary(Rule a, Rule b) {
        if (!rejects(a) || !rejects(b)) {
            return null;
        }
        String x = complement(a.when(), b.when());
        if (x == null) {
            x = complement(b.when(), a.when());
        }
        return x == null ? null : "rules '" + a.id() + "' and '" + b.id() + "' contradict: under the same condition one "
                + "rejects " + x + " and the other rejects its negation, so no aggregate can pass both";
    }

    /** The X for which {@code a} = rest and X, {@code b} = rest and not X; null when there is none. */
    private static String complement(Condition a, Condition b) {
        List<Condition> conjunctsA = conjuncts(a);
        Set<String> textsB = texts(conjuncts(b));
        for (Condition x : conjunctsA) {
            String notX = Canonical.conditionText(new Condition.Not(x));
            if (!textsB.contains(notX)) {
                continue;
            }
            Set<String> restA = texts(conjunctsA);
            restA.remove(Canonical.conditionText(x));
            Set<String> restB = new HashSet<>(textsB);
            restB.remove(notX);
            if (restA.equals(restB)) {
                return Canonical.conditionText(x);
            }
        }
        return null;
    }

    private static List<Condition> conjuncts(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.all();
        }
        return condition == Condition.Always.INSTANCE ? List.of() : List.of(condition);
    }

    private static Set<String> texts(List<Condition> conditions) {
        Set<String> texts = new HashSet<>();
        conditions.forEach(condition -> texts.add(Canonical.conditionText(condition)));
        return texts;
    }

    private static boolean rejects(Rule rule) {
        return rule.effects().stream().anyMatch(effect -> effect instanceof Effect.Violation || effect instanceof Effect.Block);
    }

    private static String effects(Rule rule) {
        return Canonical.json(rule.effects().stream().map(Canonical::effect).toList());
    }
}
