package org.crmkit.core.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of an employee: the person who owns records and does the work. It lives in the shared kernel
 * (not beside {@code Employee}) because every aggregate names its owner and every change names its author.
 */
public record EmployeeId(UUID value) {
    public EmployeeId {
        Objects.requireNonNull(value, "employee id");
    }

    /**
     * The author of changes made by trusted jobs running in a system context (imports, SLA sweeps). Such
     * changes are audited with the job's stated reason.
     */
    public static final EmployeeId SYSTEM = new EmployeeId(new UUID(0x0000000000007000L, 0x8000000000000000L));

    public boolean isSystem() {
        return equals(SYSTEM);
    }

    public static EmployeeId newId() {
        return new EmployeeId(UuidV7.next());
    }

    public static EmployeeId of(String uuid) {
        return new EmployeeId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
