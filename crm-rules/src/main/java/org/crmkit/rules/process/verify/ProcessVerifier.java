package org.crmkit.rules.process.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;

/**
 * Checks that a process can be run: one start; at least one end; every node reachable from the start and
 * able to reach an end (no dead end, no closed cycle); every decision with at least two branches, one of them
 * saying what happens when the condition is not met; every step with a deadline and a responsible role that
 * takes part in the process; every subprocess resolvable and not recursive. It advises on steps without
 * effect, duplicated steps and processes to split (see {@link FindingCode}). Errors and warnings come with
 * the nodes concerned and, where a run can exhibit the defect, the path of that run from the start.
 *
 * <p>Time is linear in the size of the process (breadth-first search, Tarjan's components), except the
 * duplicate-step advice, which computes dominators in O(E log V); the referenced processes are visited once
 * each. The verifier is stateless and thread-safe.
 */
public final class ProcessVerifier {
    private ProcessVerifier() {
    }

    public static VerificationReport verify(ProcessDefinition definition, ProcessCatalog catalog) {
        return verify(definition, catalog, VerifierSettings.DEFAULT);
    }

    public static VerificationReport verify(ProcessDefinition definition, ProcessCatalog catalog,
                                            VerifierSettings settings) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(settings, "settings");
        ProcessGraph graph = new ProcessGraph(definition);
        List<Finding> findings = new ArrayList<>();
        StructureChecks.check(graph, findings);
        NodeChecks.check(graph, catalog, findings);
        SubprocessRecursion.check(graph, catalog, findings);
        RedundancyChecks.check(graph, settings, findings);
        return new VerificationReport("process " + definition.key() + " v" + definition.version(), findings);
    }
}
