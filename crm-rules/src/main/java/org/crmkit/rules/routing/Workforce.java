package org.crmkit.rules.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Task;

/**
 * What strategies may look at: who is active where, how loaded they are, their profiles, clients' owners. Only
 * active employees are ever offered, minus those a request excludes (e.g. the previous assignee), always in id
 * order so that every choice is deterministic.
 */
public final class Workforce {
    private static final Comparator<EmployeeId> BY_ID = Comparator.comparing(EmployeeId::value);

    private final Repositories repositories;
    private final EmployeeProfiles profiles;
    private final Set<EmployeeId> excluded;

    Workforce(Repositories repositories, EmployeeProfiles profiles, Set<EmployeeId> excluded) {
        this.repositories = repositories;
        this.profiles = profiles;
        this.excluded = Set.copyOf(excluded);
    }

    /** Active employees of the department, or of the whole company when it is null. */
    public List<EmployeeId> members(DepartmentId department) {
        List<Employee> employees = department == null ? repositories.employees().all()
                : repositories.employees().inDepartment(department);
        return employees.stream().filter(Employee::isActive).map(Employee::id).filter(this::eligible).sorted(BY_ID)
                .toList();
    }

    public List<EmployeeId> holding(RoleName role) {
        return repositories.employees().all().stream().filter(Employee::isActive)
                .filter(employee -> employee.roles().contains(role)).map(Employee::id).filter(this::eligible)
                .sorted(BY_ID).toList();
    }

    /** Whether the employee exists, is active and is not excluded. */
    public boolean isAvailable(EmployeeId employee) {
        return eligible(employee) && repositories.employees().find(employee).map(Employee::isActive).orElse(false);
    }

    public long openTasks(EmployeeId employee) {
        return repositories.tasks().assignedTo(employee).stream().filter(Task::isOpen).count();
    }

    /** The candidate with the fewest open tasks; ties go to the lowest id. */
    public Optional<EmployeeId> leastLoaded(List<EmployeeId> candidates) {
        return candidates.stream().min(Comparator.comparingLong(this::openTasks).thenComparing(BY_ID));
    }

    public Optional<EmployeeProfile> profile(EmployeeId employee) {
        return profiles.of(employee);
    }

    public Optional<EmployeeId> ownerOf(ClientId client) {
        return client == null ? Optional.empty() : repositories.clients().find(client).map(Client::owner);
    }

    public Optional<EmployeeId> headOf(DepartmentId department) {
        return repositories.departments().find(department).flatMap(Department::head).filter(this::isAvailable);
    }

    private boolean eligible(EmployeeId employee) {
        return !excluded.contains(employee);
    }
}
