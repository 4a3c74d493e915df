package org.crmkit.rules.process.runtime;

import java.util.Optional;

import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.ProcessNode;

/**
 * Decides a condition the completing step did not decide, e.g. by evaluating a rule on the subject's data.
 * Returns the outcome of the branch to take, or empty to leave it undecided (which stops the completion with
 * {@link DecisionUnresolved}). It is consulted only when the completion's outcome labels none of the branches.
 */
@FunctionalInterface
public interface DecisionResolver {
    Optional<Outcome> resolve(SubjectRef subject, ProcessKey process, ProcessNode.Decision decision);

    static DecisionResolver none() {
        return (subject, process, decision) -> Optional.empty();
    }
}
