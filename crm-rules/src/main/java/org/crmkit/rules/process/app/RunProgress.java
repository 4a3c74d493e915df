package org.crmkit.rules.process.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.runtime.ProcessInstanceId;

/**
 * Where a start or a completion left a run: the tasks it handed out next, or the end it reached (then no
 * tasks).
 */
public record RunProgress(ProcessInstanceId run, List<HandedOutTask> handedOut, Optional<NodeId> endReached) {
    public RunProgress {
        Objects.requireNonNull(run, "run");
        handedOut = List.copyOf(handedOut);
        Objects.requireNonNull(endReached, "endReached");
    }

    public boolean finished() {
        return endReached.isPresent();
    }
}
