package org.crmkit.rules.process.runtime;

import java.time.Instant;
import java.util.Objects;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessKey;

/**
 * A step handed out: someone in the responsible role must do it before it is due. A later layer turns work
 * items into tasks; completing the task completes the step.
 *
 * @param process the process the step belongs to (a subprocess's key while one is running)
 */
public record WorkItem(ProcessInstanceId instance, ProcessKey process, NodeId step, String stepName,
                       RoleName responsible, Instant due) {
    public WorkItem {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(stepName, "stepName");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(due, "due");
    }
}
