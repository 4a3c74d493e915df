package org.crmkit.persistence.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored department; {@link #path} is the materialised path that department-tree scopes match on. */
@Entity(name = "DepartmentRow")
@Table(name = "crm_departments")
class DepartmentRow extends AggregateRow {
    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "parent_id")
    public UUID parent;

    @Column(name = "head_id")
    public UUID head;

    @Column(name = "path", nullable = false, length = 4000)
    public String path;
}
