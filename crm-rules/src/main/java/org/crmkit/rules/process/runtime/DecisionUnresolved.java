package org.crmkit.rules.process.runtime;

import java.util.List;

import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.Outcome;

/** A decision was reached that neither the completed step's outcome nor the resolver decided. */
public final class DecisionUnresolved extends DomainException {
    public DecisionUnresolved(NodeId decision, List<Outcome> known) {
        super("process.decision.unresolved",
                "nobody decided decision " + decision + "; complete the step with one of " + known,
                "условие " + decision + " не решено; завершите шаг с одним из исходов " + known);
    }
}
