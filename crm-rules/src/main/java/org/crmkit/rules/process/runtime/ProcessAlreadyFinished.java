package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.IllegalTransition;

/** A finished run takes no more completions. */
public final class ProcessAlreadyFinished extends IllegalTransition {
    public ProcessAlreadyFinished(ProcessInstanceId instance) {
        super("process.finished", "process run " + instance + " has already finished",
                "процесс " + instance + " уже завершён");
    }
}
