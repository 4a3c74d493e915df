package org.crmkit.core.application.organisation;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crmkit.core.shared.DepartmentId;

/** Take a person on: their name, position, department and the user classes (roles) they hold. */
public record HireEmployee(
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 200) String position,
        @NotNull DepartmentId department,
        @NotNull Set<@NotNull @Pattern(regexp = "[a-z][a-z0-9]*([-.:][a-z0-9]+)*") String> roles) {
}
