package org.crmkit.core.application;

import java.util.Objects;

import org.crmkit.core.claim.Claims;
import org.crmkit.core.client.Clients;
import org.crmkit.core.contact.Contacts;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.interaction.Interactions;
import org.crmkit.core.internal.memory.InMemoryClaims;
import org.crmkit.core.internal.memory.InMemoryClients;
import org.crmkit.core.internal.memory.InMemoryContacts;
import org.crmkit.core.internal.memory.InMemoryDeals;
import org.crmkit.core.internal.memory.InMemoryDepartments;
import org.crmkit.core.internal.memory.InMemoryEmployees;
import org.crmkit.core.internal.memory.InMemoryInteractions;
import org.crmkit.core.internal.memory.InMemoryPipelines;
import org.crmkit.core.internal.memory.InMemoryTasks;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.organisation.Employees;
import org.crmkit.core.task.Tasks;

/**
 * The storage a {@link Crm} works on: one repository port per aggregate, plus the pipeline definitions. An
 * adapter module (or an ERP vendor) supplies its own; {@link #inMemory()} is the embedded default.
 */
public record Repositories(Clients clients, Contacts contacts, Deals deals, Pipelines pipelines, Claims claims,
                           Tasks tasks, Interactions interactions, Employees employees, Departments departments) {
    public Repositories {
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(pipelines, "pipelines");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(interactions, "interactions");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
    }

    /** Fresh, empty, thread-safe in-memory repositories with the standard pipeline registered. */
    public static Repositories inMemory() {
        return new Repositories(new InMemoryClients(), new InMemoryContacts(), new InMemoryDeals(),
                new InMemoryPipelines(), new InMemoryClaims(), new InMemoryTasks(), new InMemoryInteractions(),
                new InMemoryEmployees(), new InMemoryDepartments());
    }
}
