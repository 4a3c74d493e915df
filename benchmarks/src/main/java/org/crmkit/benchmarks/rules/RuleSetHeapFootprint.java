package org.crmkit.benchmarks.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

import org.crmkit.core.deal.Deal;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.facts.DealFacts;

/**
 * Target 2 (memory): the heap a loaded rule set keeps, per rule (≤ 2 KB). Not a JMH benchmark — JMH measures
 * allocation, not retention. The harness warms the loader up, then for each round: loads the document (the JSON string is
 * built beforehand and is not counted) into a static field, evaluates the set once (so anything compiled lazily is
 * counted), collects garbage until the used heap settles and reads {@link MemoryMXBean#getHeapMemoryUsage()}; then
 * drops the set, collects again and reads again. The difference (heap holding the set minus heap without it) divided
 * by the rule count is the retained heap per rule; the median of the rounds is printed. (Measuring "before the load"
 * instead was unreliable: the collector does not always return the previous round's set before the baseline is read.) Run it alone, with a fixed heap, e.g.
 * {@code java -Xms1g -Xmx1g -XX:+UseSerialGC -cp ... org.crmkit.benchmarks.rules.RuleSetHeapFootprint 10000 7}.
 */
public final class RuleSetHeapFootprint {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    /** Holds the set being measured: a static reference keeps it reachable whatever the JIT proves about locals. */
    private static volatile RuleSet<Deal> held;

    private RuleSetHeapFootprint() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        String document = DealRuleDocuments.ruleSet(size);
        RuleEngine engine = RuleEngine.create(BenchClock.FIXED);
        Deal probe = new RandomDeals(7).openDeal("new-business", "proposal");
        for (int i = 0; i < 3; i++) {
            RuleSetJson.read(document, DealFacts.SCHEMA); // warm up: classes loaded, JIT'd, caches filled
        }
        long[] perRule = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            held = RuleSetJson.read(document, DealFacts.SCHEMA);
            if (engine.evaluate(held, probe, Occasion.changed("amount")).matchedRules().isEmpty()
                    || held.rules().size() != size) {
                throw new IllegalStateException("the loaded set is not the " + size + " rules expected");
            }
            long holding = settledUsedHeap();
            held = null;
            long released = settledUsedHeap();
            perRule[round] = (holding - released) / size;
            System.out.printf("round %d: used heap holding the set %,d bytes, after releasing it %,d bytes: "
                    + "retained %,d bytes for %,d rules = %,d bytes/rule%n",
                    round + 1, holding, released, holding - released, size, perRule[round]);
        }
        long[] sorted = perRule.clone();
        Arrays.sort(sorted);
        System.out.printf("document: %,d chars (%,d chars/rule)%n", document.length(), document.length() / size);
        System.out.printf("median retained heap: %,d bytes/rule (min %,d, max %,d) over %d rounds; target <= 2,048%n",
                sorted[rounds / 2], sorted[0], sorted[rounds - 1], rounds);
    }

    /** Collects until two consecutive readings agree within 1 KB (or ten tries), and returns the used heap. */
    private static long settledUsedHeap() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 1_024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
