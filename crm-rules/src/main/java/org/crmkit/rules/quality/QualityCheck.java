package org.crmkit.rules.quality;

import java.util.Objects;
import java.util.UUID;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * One record judged against one standard: who answers for it, and whether it complies (with why not).
 *
 * @param recordType e.g. {@code Claim}, {@code Deal}, {@code Client}
 */
public record QualityCheck(String recordType, UUID record, EmployeeId employee, DepartmentId department,
                           boolean compliant, String note) {
    public QualityCheck {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        note = note == null ? "" : note;
    }
}
