package org.crmkit.rules.routing;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmkit.core.shared.EmployeeId;

/**
 * What routing knows about an employee beyond the organisation chart: their skills (e.g. {@code refunds},
 * {@code english}) and the territories they serve (e.g. {@code moscow}). Names are lower-cased so that rules and
 * profiles match however they were typed.
 */
public record EmployeeProfile(EmployeeId employee, Set<String> skills, Set<String> territories) {
    public EmployeeProfile {
        Objects.requireNonNull(employee, "employee");
        skills = normalised(skills);
        territories = normalised(territories);
    }

    public static EmployeeProfile of(EmployeeId employee, Set<String> skills, Set<String> territories) {
        return new EmployeeProfile(employee, skills, territories);
    }

    public boolean hasSkill(String skill) {
        return skill != null && skills.contains(skill.strip().toLowerCase(Locale.ROOT));
    }

    public boolean serves(String territory) {
        return territory != null && territories.contains(territory.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> normalised(Set<String> names) {
        return names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
