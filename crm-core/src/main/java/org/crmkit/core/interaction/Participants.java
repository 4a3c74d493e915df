package org.crmkit.core.interaction;

import java.util.Objects;
import java.util.Set;

import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.EmployeeId;

/** Who took part in an interaction: our employees and the client's contact persons (either set may be empty). */
public record Participants(Set<EmployeeId> employees, Set<ContactId> contacts) {
    public Participants {
        employees = Set.copyOf(Objects.requireNonNull(employees, "employees"));
        contacts = Set.copyOf(Objects.requireNonNull(contacts, "contacts"));
    }

    public static Participants none() {
        return new Participants(Set.of(), Set.of());
    }

    public static Participants of(Set<EmployeeId> employees, Set<ContactId> contacts) {
        return new Participants(employees, contacts);
    }
}
