package org.crmkit.core.task;

import java.util.Objects;
import java.util.UUID;

import org.crmkit.core.shared.UuidV7;

/** Identity of a task. */
public record TaskId(UUID value) {
    public TaskId {
        Objects.requireNonNull(value, "task id");
    }

    public static TaskId newId() {
        return new TaskId(UuidV7.next());
    }

    public static TaskId of(String uuid) {
        return new TaskId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
