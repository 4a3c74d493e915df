package org.crmkit.rules.process.runtime;

import org.crmkit.core.shared.IllegalTransition;

/** A run starts once; a second start would hand out the first step twice. */
public final class ProcessAlreadyStarted extends IllegalTransition {
    public ProcessAlreadyStarted(ProcessInstanceId instance) {
        super("process.started", "process run " + instance + " has already started",
                "процесс " + instance + " уже запущен");
    }
}
