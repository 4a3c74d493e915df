package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;


import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;
import org.junit.jupiter.api.Test;

/**
 * Size, not speed, is what this asserts precisely: every algorithm is iterative and linear (or E log V), so
 * very large processes neither overflow the stack nor take long. The time bound is a loose smoke check; JMH
 * measures properly in the benchmarks module.
 */
class ProcessVerifierScaleTest {

    /** Steps in sequence, every tenth followed by a review that loops back ten steps on rejection. */
    static ProcessDefinition chain(int steps) {
        ProcessDefinitionBuilder b = ProcessDefinition.builder("big", 1).goal("g").participants("clerk")
                .start("start").end("end");
        String previous = "start";
        for (int i = 1; i <= steps; i++) {
            String id = "s" + i;
            b.step(id, "Step " + i, "clerk", Deadline.businessDays(1), Effect.of("effect " + i));
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

    /** A review goes on when approved: that is its otherwise branch (the condition "rejected" is not met). */
    private static void join(ProcessDefinitionBuilder b, String from, String to) {
        if (from.startsWith("r")) {
            b.otherwise(from, "approved", to);
        } else {
            b.flow(from, to);
        }
    }

    // How fast it is (the 100 ms target for 1,000 steps) is measured by the JMH benchmark
    // ProcessVerificationBenchmark, not here: timed unit tests only measure the machine's load.
    @Test
    void a_thousand_step_process_is_sound_and_only_advised_to_be_split() {
        ProcessDefinition process = chain(1_000);

        VerificationReport report = ProcessVerifier.verify(process, ProcessCatalog.empty());

        assertThat(report.errors()).as(report.toString()).isEmpty();
        assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.PROCESS_TOO_LARGE);
    }

    @Test
    void a_process_of_a_hundred_thousand_steps_does_not_overflow_the_stack() {
        ProcessDefinition process = chain(100_000);

        VerificationReport report = ProcessVerifier.verify(process, ProcessCatalog.empty());

        assertThat(report.errors()).isEmpty();
    }
}
