package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.IllegalTransition;

/** Steps cannot be completed before the run has started. */
public final class ProcessNotStarted extends IllegalTransition {
    public ProcessNotStarted(ProcessInstanceId instance) {
        super("process.not-started", "process run " + instance + " has not started",
                "процесс " + instance + " ещё не запущен");
    }
}
