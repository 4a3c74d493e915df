package org.crmkit.benchmarks.process;

import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;

/** Large, sound process definitions for the verifier benchmark. */
public final class LargeProcesses {
    private LargeProcesses() {
    }

    /**
     * {@code steps} steps in sequence; after every tenth, a review decision that sends the work back ten steps when
     * rejected and goes on when approved (its "otherwise" branch). So the graph has 1.1 × steps nodes, loops (one
     * strongly connected component per review) and decisions, and the verifier has every check to run.
     */
    public static ProcessDefinition reviewedChain(int steps) {
        ProcessDefinitionBuilder b = ProcessDefinition.builder("bench-chain-" + steps, 1).goal("Everything is done")
                .participants("clerk").start("start").end("end");
        String previous = "start";
        for (int i = 1; i <= steps; i++) {
            String id = "s" + i;
            b.step(id, "Step " + i, "clerk", Deadline.businessDays(1), Effect.of("effect " + i, "output " + i));
            join(b, previous, id);
            previous = id;
            if (i % 10 == 0) {
                String review = "r" + i;
                b.decision(review, "review " + i).flow(previous, review).branch(review, "rejected", "s" + (i - 9));
                previous = review;
            }
        }
        join(b, previous, "end");
        return b.build();
    }

    private static void join(ProcessDefinitionBuilder b, String from, String to) {
        if (from.startsWith("r")) {
            b.otherwise(from, "approved", to);
        } else {
            b.flow(from, to);
        }
    }
}
