package org.crmkit.persistence.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A stored employee with the role names in a child table. */
@Entity(name = "EmployeeRow")
@Table(name = "crm_employees")
class EmployeeRow extends AggregateRow {
    @Embedded
    public NameColumns name;

    @Column(name = "position")
    public String position;

    @Column(name = "department_id", nullable = false)
    public UUID department;

    @ElementCollection
    @CollectionTable(name = "crm_employee_roles", joinColumns = @JoinColumn(name = "employee_id"))
    @Column(name = "role_name")
    public Set<String> roles = new HashSet<>();

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "dismissed_at")
    public Instant dismissedAt;
}
