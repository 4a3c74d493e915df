package org.crmkit.core.application.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.crmkit.core.shared.DepartmentId;

/** Create a department; without a parent it is the top of the company's structure (there is only one). */
public record CreateDepartment(@NotBlank @Size(max = 200) String name, DepartmentId parent) {
    public static CreateDepartment root(String name) {
        return new CreateDepartment(name, null);
    }

    public static CreateDepartment under(DepartmentId parent, String name) {
        return new CreateDepartment(name, parent);
    }
}
