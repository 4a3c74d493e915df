package org.crmkit.rules.process.runtime;

import java.util.List;

import org.crmkit.core.shared.IllegalTransition;
import org.crmkit.rules.process.NodeId;

/** A step was completed that the run is not waiting for (done already, not yet reached, or not a step). */
public final class StepNotCurrent extends IllegalTransition {
    public StepNotCurrent(ProcessInstanceId instance, NodeId step, List<NodeId> current) {
        super("process.step.not-current",
                "process run " + instance + " is not waiting for step " + step + " but at " + current,
                "процесс " + instance + " ждёт не шага " + step + ", а " + current);
    }
}
