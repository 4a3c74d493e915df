package org.crmkit.core.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a department; shared because every record lives in one (it decides department-scoped access). */
public record DepartmentId(UUID value) {
    public DepartmentId {
        Objects.requireNonNull(value, "department id");
    }

    /** The department of the system context (trusted jobs); no real department has this id. */
    public static final DepartmentId SYSTEM = new DepartmentId(new UUID(0x0000000000007000L, 0x8000000000000000L));

    public static DepartmentId newId() {
        return new DepartmentId(UuidV7.next());
    }

    public static DepartmentId of(String uuid) {
        return new DepartmentId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
