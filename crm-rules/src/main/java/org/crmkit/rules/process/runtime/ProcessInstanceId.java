package org.crmkit.rules.process.runtime;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of one run of a process. */
public record ProcessInstanceId(UUID value) {
    public ProcessInstanceId {
        Objects.requireNonNull(value, "process instance id");
    }

    public static ProcessInstanceId newId() {
        return new ProcessInstanceId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
