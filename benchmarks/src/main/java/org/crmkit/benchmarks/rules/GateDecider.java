package org.crmkit.benchmarks.rules;

import java.util.Set;

/** One engine's way of deciding a stage move: the ids of the rules that block it (empty: the move passes). */
public interface GateDecider {
    String name();

    Set<String> blockingRules(GateCase move);
}
