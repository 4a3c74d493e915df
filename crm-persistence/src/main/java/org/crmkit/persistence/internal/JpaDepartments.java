package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Departments;
import org.crmkit.core.shared.DepartmentId;

/**
 * {@link Departments} on crm_departments. Each row keeps its materialised path ('/root/.../self/'), derived
 * from the parent's path on save; when a department's path changes, its whole subtree is rewritten in the same
 * statement, so department-tree filters never read stale positions.
 */
final class JpaDepartments extends JpaRepository<Department, DepartmentId, Department.Snapshot, DepartmentRow>
        implements Departments {
    private final OrganisationMapper mapper = new OrganisationMapperImpl();

    JpaDepartments(UnitOfWork work, Clock clock) {
        super(work, clock, DepartmentRow.class, "crm_departments", null);
    }

    @Override UUID key(DepartmentId id) { return id.value(); }
    @Override Department.Snapshot snapshot(Department a) { return a.snapshot(); }
    @Override Department restore(Department.Snapshot s, long version) { return Department.restore(s, version); }
    @Override Department.Snapshot toSnapshot(DepartmentRow row) { return mapper.toSnapshot(row); }
    @Override void write(Department.Snapshot s, DepartmentRow row) { mapper.update(s, row); }
    @Override DepartmentRow newRow() { return new DepartmentRow(); }

    @Override
    void derive(Department department, DepartmentRow row, EntityManager em) {
        String parentPath = department.parent()
                .map(p -> em.find(DepartmentRow.class, p.value()))
                .map(p -> p.path)
                .orElse("/");
        String path = parentPath + row.id + "/";
        String old = row.path;
        row.path = path;
        if (old != null && !old.equals(path)) {
            em.createNativeQuery("UPDATE crm_departments SET path = :path || SUBSTRING(path FROM :cut)"
                            + " WHERE path LIKE :old || '%' AND id <> :id")
                    .setParameter("path", path).setParameter("cut", old.length() + 1)
                    .setParameter("old", old).setParameter("id", row.id).executeUpdate();
        }
    }

    @Override
    public List<Department> all() {
        return select("order by r.id");
    }
}
