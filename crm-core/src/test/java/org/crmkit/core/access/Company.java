package org.crmkit.core.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crmkit.core.internal.memory.InMemoryShares;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A small company for scenario tests:
 * <pre>
 * company ─┬─ sales ─┬─ sales-moscow
 *          │         └─ sales-spb
 *          ├─ service
 *          ├─ marketing
 *          └─ analytics
 * </pre>
 */
final class Company {
    final DepartmentId company = DepartmentId.newId();
    final DepartmentId sales = DepartmentId.newId();
    final DepartmentId salesMoscow = DepartmentId.newId();
    final DepartmentId salesSpb = DepartmentId.newId();
    final DepartmentId service = DepartmentId.newId();
    final DepartmentId marketing = DepartmentId.newId();
    final DepartmentId analytics = DepartmentId.newId();

    final OrgTree tree;
    final InMemoryShares shares = new InMemoryShares();

    final Actor anna;      // sales manager, Moscow
    final Actor boris;     // sales manager, Moscow
    final Actor vera;      // sales manager, St Petersburg
    final Actor clara;     // head of sales
    final Actor denis;     // service agent
    final Actor dina;      // service agent, same department as Denis
    final Actor elena;     // head of service
    final Actor fedor;     // marketer
    final Actor galina;    // analyst
    final Actor hugo;      // auditor
    final Actor irina;     // executive
    final Actor root;      // administrator

    Company() {
        Map<DepartmentId, DepartmentId> parents = new LinkedHashMap<>();
        parents.put(company, null);
        parents.put(sales, company);
        parents.put(salesMoscow, sales);
        parents.put(salesSpb, sales);
        parents.put(service, company);
        parents.put(marketing, company);
        parents.put(analytics, company);
        tree = OrgTree.fromParents(parents);
        anna = actor(salesMoscow, StandardRoles.SALES_MANAGER_NAME);
        boris = actor(salesMoscow, StandardRoles.SALES_MANAGER_NAME);
        vera = actor(salesSpb, StandardRoles.SALES_MANAGER_NAME);
        clara = actor(sales, StandardRoles.HEAD_OF_SALES_NAME);
        denis = actor(service, StandardRoles.SERVICE_AGENT_NAME);
        dina = actor(service, StandardRoles.SERVICE_AGENT_NAME);
        elena = actor(service, StandardRoles.HEAD_OF_SERVICE_NAME);
        fedor = actor(marketing, StandardRoles.MARKETER_NAME);
        galina = actor(analytics, StandardRoles.ANALYST_NAME);
        hugo = actor(company, StandardRoles.AUDITOR_NAME);
        irina = actor(company, StandardRoles.EXECUTIVE_NAME);
        root = actor(company, StandardRoles.ADMINISTRATOR_NAME);
    }

    RoleBasedAccessPolicy policy() {
        return policy(StandardRoles.policy());
    }

    RoleBasedAccessPolicy policy(Policy policy) {
        return RoleBasedAccessPolicy.of(policy, tree, shares);
    }

    static Actor actor(DepartmentId department, RoleName... roles) {
        return new Actor(EmployeeId.newId(), department, Set.of(roles));
    }

    /** A record owned by the actor, in the actor's department. */
    static ProtectedRecord ownedBy(Resource resource, Actor owner) {
        return new ProtectedRecord(resource, UUID.randomUUID(), owner.employee(), owner.department(), Set.of());
    }

    static ProtectedRecord in(Resource resource, DepartmentId department) {
        return new ProtectedRecord(resource, UUID.randomUUID(), EmployeeId.newId(), department, Set.of());
    }
}
