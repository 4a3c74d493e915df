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
 * allocation, not retention. The harness warms the loader up, then for each round: collects garbage until the used
 * heap settles, reads {@link MemoryMXBean#getHeapMemoryUsage()}, loads the document (the JSON string is built
 * beforehand and is not counted), evaluates the set once (so anything compiled lazily is counted), collects garbage
 * again while still holding the set, and reads the heap again. The difference divided by the rule count is the
 * retained heap per rule; the median of the rounds is printed. Run it alone, with a fixed heap, e.g.
 * {@code java -Xms1g -Xmx1g -XX:+UseSerialGC -cp ... org.crmkit.benchmarks.rules.RuleSetHeapFootprint 10000 7}.
 */
public final class RuleSetHeapFootprint {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

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
            long before = settledUsedHeap();
            RuleSet<Deal> loaded = RuleSetJson.read(document, DealFacts.SCHEMA);
            engine.evaluate(loaded, probe, Occasion.changed("amount"));
            long after = settledUsedHeap();
            if (loaded.rules().size() != size) {
                throw new IllegalStateException("loaded " + loaded.rules().size() + " rules, expected " + size);
            }
            perRule[round] = (after - before) / size;
            System.out.printf("round %d: retained %,d bytes for %,d rules = %,d bytes/rule%n",
                    round + 1, after - before, size, perRule[round]);
            loaded = null; // released before the next round's baseline
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
