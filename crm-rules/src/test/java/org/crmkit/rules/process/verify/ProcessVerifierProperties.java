package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessArbitraries;
import org.crmkit.rules.process.json.ProcessJson;

class ProcessVerifierProperties {
    private static final ProcessCatalog CATALOG = ProcessArbitraries.catalog();
    /** Generated processes have up to ~160 steps; size advice is not what these properties are about. */
    private static final VerifierSettings NO_SIZE_ADVICE = VerifierSettings.DEFAULT.withSplitThreshold(1_000);

    @Provide
    Arbitrary<ProcessDefinition> wellFormed() {
        return ProcessArbitraries.wellFormed();
    }

    @Property(tries = 300)
    void every_well_formed_process_is_accepted_without_advice(@ForAll("wellFormed") ProcessDefinition process) {
        VerificationReport report = ProcessVerifier.verify(process, CATALOG, NO_SIZE_ADVICE);

        assertThat(report.findings()).as(report.toString()).isEmpty();
        // Guard against a generator that only makes straight lines: most samples must have the hard parts.
        boolean loops = process.flows().stream().anyMatch(f -> f.isBranch() && !f.otherwise()
                && f.to().value().startsWith("n") && f.to().value().compareTo(f.from().value()) < 0);
        Statistics.label("decision").collect(!process.nodesOf(NodeKind.DECISION).isEmpty());
        Statistics.label("subprocess").collect(!process.nodesOf(NodeKind.SUBPROCESS).isEmpty());
        Statistics.label("several ends").collect(process.nodesOf(NodeKind.END).size() > 1);
        Statistics.label("decision loops back").collect(loops);
        Statistics.label("decision").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("subprocess").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("several ends").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("decision loops back").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 500)
    void the_planted_defect_is_found_at_its_node_with_a_run_that_shows_it(
            @ForAll("wellFormed") ProcessDefinition process, @ForAll Defect defect, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Defect.Planted planted = defect.plant(process, pick);

        VerificationReport report = ProcessVerifier.verify(planted.definition(), CATALOG, NO_SIZE_ADVICE);

        assertThat(report.isSound()).as(report.toString()).isFalse();
        List<Finding> found = report.findings(defect.code).stream()
                .filter(f -> f.nodes().contains(planted.node())).toList();
        assertThat(found).as(report.toString()).hasSize(1);
        Finding finding = found.get(0);
        if (defect == Defect.UNREACHABLE_STEP) {
            assertThat(finding.path()).isEmpty(); // no run reaches it: that is the defect
        } else {
            assertIsRunFromStart(planted.definition(), finding.path());
            assertThat(finding.path()).contains(planted.node());
        }
        if (defect == Defect.CLOSED_CYCLE) {
            assertThat(finding.nodes()).containsExactly("trap-a", "trap-b");
            assertThat(finding.path()).endsWith("trap-a", "trap-b", "trap-a");
        }
        if (defect == Defect.RECURSIVE_SUBPROCESS) {
            assertThat(finding.referenceChain()).containsExactly("generated", "generated");
        }
        assertThat(finding.messageEn()).isNotBlank();
        assertThat(finding.messageRu()).isNotBlank();
    }

    @Property(tries = 200)
    void verification_is_deterministic(@ForAll("wellFormed") ProcessDefinition process, @ForAll Defect defect,
                                       @ForAll @IntRange(min = 0, max = 1000) int pick) {
        ProcessDefinition broken = defect.plant(process, pick).definition();

        List<Finding> first = ProcessVerifier.verify(broken, CATALOG).findings();
        List<Finding> again = ProcessVerifier.verify(broken.toBuilder().build(), CATALOG).findings();

        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 200)
    void json_round_trip_keeps_the_definition(@ForAll("wellFormed") ProcessDefinition process) {
        assertThat(ProcessJson.read(ProcessJson.write(process))).isEqualTo(process);
    }

    @Provide
    Arbitrary<Defect> defects() {
        return Arbitraries.of(Defect.class);
    }

    /** The path starts at the start and follows declared flows. */
    private static void assertIsRunFromStart(ProcessDefinition definition, List<String> path) {
        assertThat(path).isNotEmpty();
        assertThat(path.get(0)).isEqualTo("start");
        for (int i = 0; i + 1 < path.size(); i++) {
            String from = path.get(i);
            String to = path.get(i + 1);
            assertThat(definition.flows()).as("flow %s -> %s", from, to)
                    .anyMatch((Flow f) -> f.from().value().equals(from) && f.to().value().equals(to));
        }
    }
}
