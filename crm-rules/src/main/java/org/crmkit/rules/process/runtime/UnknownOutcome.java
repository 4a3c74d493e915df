package org.crmkit.rules.process.runtime;

import java.util.List;

import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;

/** A step was completed with an outcome the decision after it has no branch for (and nobody else decided). */
public final class UnknownOutcome extends DomainException {
    public UnknownOutcome(NodeId decision, Outcome outcome, List<Outcome> known) {
        super("process.outcome.unknown",
                "decision " + decision + " has no branch '" + outcome + "'; its branches are " + known,
                "у условия " + decision + " нет ветви «" + outcome + "»; есть ветви " + known);
    }
}
