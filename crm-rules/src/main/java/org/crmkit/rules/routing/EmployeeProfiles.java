package org.crmkit.rules.routing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.core.shared.EmployeeId;

/** Port: employees' skills and territories (the Employee aggregate has none). */
public interface EmployeeProfiles {
    Optional<EmployeeProfile> of(EmployeeId employee);

    /** Stores or replaces the employee's profile. */
    void save(EmployeeProfile profile);

    /** Thread-safe, in memory: the embedded default. */
    static EmployeeProfiles inMemory() {
        Map<EmployeeId, EmployeeProfile> profiles = new ConcurrentHashMap<>();
        return new EmployeeProfiles() {
            @Override
            public Optional<EmployeeProfile> of(EmployeeId employee) {
                return Optional.ofNullable(profiles.get(employee));
            }

            @Override
            public void save(EmployeeProfile profile) {
                profiles.put(profile.employee(), profile);
            }
        };
    }
}
