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
