package org.crmkit.testkit.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Grantee;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.Share;
import org.crmkit.core.access.Shares;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;

/**
 * The small company every contract test stores its records in: departments company → sales → (north, south) and
 * service, five employees and two clients, saved through the ports under test first so that an adapter with
 * foreign keys accepts what follows. It also builds the real list filters of the standard roles for its
 * employees, the filters a session passes to the list ports.
 */
public final class ContractWorld {
    /** When the contract's records happen; stamps move one minute on per record so orders are deterministic. */
    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    public final DepartmentId company = DepartmentId.newId();
    public final DepartmentId sales = DepartmentId.newId();
    public final DepartmentId north = DepartmentId.newId();
    public final DepartmentId south = DepartmentId.newId();
    public final DepartmentId service = DepartmentId.newId();
    /** Sales manager in north. */
    public final EmployeeId anna = EmployeeId.newId();
    /** Sales manager in north, Anna's colleague. */
    public final EmployeeId boris = EmployeeId.newId();
    /** Sales manager in south. */
    public final EmployeeId yulia = EmployeeId.newId();
    /** Head of sales, in sales. */
    public final EmployeeId galina = EmployeeId.newId();
    /** Service agent, in service. */
    public final EmployeeId olga = EmployeeId.newId();
    /** Anna's client. */
    public final ClientId acme = ClientId.newId();
    /** Yulia's client. */
    public final ClientId globex = ClientId.newId();

    private final Repositories repositories;
    private final AtomicInteger minutes = new AtomicInteger();
    private final SimpleShares shares = new SimpleShares();

    private ContractWorld(Repositories repositories) {
        this.repositories = repositories;
    }

    /** Saves the company's departments, employees and clients into the repositories. */
    public static ContractWorld seed(Repositories repositories) {
        ContractWorld world = new ContractWorld(repositories);
        world.save();
        return world;
    }

    private void save() {
        repositories.departments().save(Department.root(company, "Company"));
        repositories.departments().save(Department.under(sales, "Sales", company));
        repositories.departments().save(Department.under(north, "Sales North", sales));
        repositories.departments().save(Department.under(south, "Sales South", sales));
        repositories.departments().save(Department.under(service, "Service", company));
        hire(anna, "Anna", "Smirnova", north, StandardRoles.SALES_MANAGER_NAME);
        hire(boris, "Boris", "Orlov", north, StandardRoles.SALES_MANAGER_NAME);
        hire(yulia, "Yulia", "Yuzhnaya", south, StandardRoles.SALES_MANAGER_NAME);
        hire(galina, "Galina", "Prodazhina", sales, StandardRoles.HEAD_OF_SALES_NAME);
        hire(olga, "Olga", "Pomogaeva", service, StandardRoles.SERVICE_AGENT_NAME);
        repositories.clients().save(Client.onboardCompany(acme, "OOO Acme", List.of(), anna, north, next(anna)));
        repositories.clients().save(Client.onboardCompany(globex, "OOO Globex", List.of(), yulia, south, next(yulia)));
    }

    private void hire(EmployeeId id, String first, String last, DepartmentId department, RoleName role) {
        repositories.employees().save(Employee.hire(id, PersonName.of(first, last), "staff", department, Set.of(role)));
    }

    /** A stamp by the employee, one minute after the previous one. */
    public Stamp next(EmployeeId by) {
        return Stamp.of(by, T0.plus(Duration.ofMinutes(minutes.incrementAndGet())));
    }

    /** The department an employee of the world works in. */
    public DepartmentId departmentOf(EmployeeId employee) {
        return repositories.employees().get(employee).department();
    }

    /** Shares one record with an employee for the permission (seen by the filters made afterwards). */
    public void share(Permission permission, UUID recordId, EmployeeId with) {
        shares.add(new Share(permission.resource(), recordId, Grantee.employee(with), permission.action()));
    }

    /**
     * The list filter the standard roles give this employee for the permission, over the stored department tree
     * and the shares made so far: exactly what a session passes to a list port.
     */
    public RecordFilter filterFor(EmployeeId employee, Permission permission) {
        Employee e = repositories.employees().get(employee);
        RoleBasedAccessPolicy policy = RoleBasedAccessPolicy.of(StandardRoles.policy(),
                OrgTree.of(repositories.departments().all()), shares);
        return policy.filter(new Actor(e.id(), e.department(), e.roles()), permission);
    }

    /** Every employee of the world, for checking filters of each of them. */
    public List<EmployeeId> employees() {
        return List.of(anna, boris, yulia, galina, olga);
    }

    /** An in-memory share table, enough for the contract's filters. */
    private static final class SimpleShares implements Shares {
        private final Set<Share> table = new HashSet<>();

        @Override
        public synchronized void add(Share share) {
            table.add(share);
        }

        @Override
        public synchronized void remove(Share share) {
            table.remove(share);
        }

        @Override
        public synchronized List<Share> of(UUID recordId) {
            return table.stream().filter(s -> s.recordId().equals(recordId)).toList();
        }

        @Override
        public synchronized Set<UUID> recordsSharedWith(Grantee grantee, Permission permission) {
            Set<UUID> ids = new HashSet<>();
            for (Share s : table) {
                if (s.grantee().equals(grantee) && s.permission().equals(permission)) {
                    ids.add(s.recordId());
                }
            }
            return Set.copyOf(ids);
        }
    }
}
