package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.crmkit.core.internal.memory.InMemoryShares;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A random company for properties: an org tree, roles with grants, forbids and field rules, employees holding
 * some of them (and sometimes a role nobody defined), records, and shares. Generated from small integers so that
 * jqwik shrinks a counterexample to a readable one.
 */
final class AccessWorld {
    static final List<Permission> PERMISSIONS = List.of(Permission.parse("deal.read"),
            Permission.parse("deal.update"), Permission.parse("client.read"));
    static final List<Resource> RESOURCES = List.of(Resource.DEAL, Resource.CLIENT);

    record GrantSpec(int permission, Scope scope) {
    }

    record RoleSpec(List<GrantSpec> grants, List<GrantSpec> forbids, Visibility personalData,
                    Visibility personalDataLimit) {
    }

    record EmployeeSpec(int department, List<Integer> roles) {
    }

    record RecordSpec(int resource, int owner, int department, List<Integer> assigned) {
    }

    record ShareSpec(int record, boolean toDepartment, int grantee, int permission) {
    }

    final List<DepartmentId> departments = new ArrayList<>();
    final OrgTree tree;
    final List<Role> roles = new ArrayList<>();
    final Policy policy;
    final List<Actor> actors = new ArrayList<>();
    final List<ProtectedRecord> records = new ArrayList<>();
    final InMemoryShares shares = new InMemoryShares();
    final RoleBasedAccessPolicy access;
    private final String text;

    private AccessWorld(List<Integer> parents, List<RoleSpec> roleSpecs, List<EmployeeSpec> employees,
                        List<RecordSpec> recordSpecs, List<ShareSpec> shareSpecs) {
        Map<DepartmentId, DepartmentId> parentOf = new LinkedHashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            DepartmentId id = DepartmentId.newId();
            int p = parents.get(i) % (i + 1);
            parentOf.put(id, p == i ? null : departments.get(p));
            departments.add(id);
        }
        tree = OrgTree.fromParents(parentOf);
        for (int i = 0; i < roleSpecs.size(); i++) {
            RoleSpec s = roleSpecs.get(i);
            Role.Builder b = Role.named("r" + i);
            s.grants().forEach(g -> b.grant(PERMISSIONS.get(g.permission()), g.scope()));
            s.forbids().forEach(f -> b.forbid(PERMISSIONS.get(f.permission()), f.scope()));
            if (s.personalData() != null) {
                b.sees(FieldTag.PERSONAL_DATA, s.personalData());
            }
            if (s.personalDataLimit() != null) {
                b.forbid(FieldTag.PERSONAL_DATA, s.personalDataLimit());
            }
            roles.add(b.build());
        }
        policy = Policy.builder().roles(roles).build();
        for (EmployeeSpec e : employees) {
            Set<RoleName> held = new HashSet<>();
            for (int r : e.roles()) {
                // One index past the defined roles stands for a role the policy does not know.
                int k = r % (roles.size() + 1);
                held.add(k == roles.size() ? RoleName.of("undefined") : roles.get(k).name());
            }
            actors.add(new Actor(EmployeeId.newId(), departments.get(e.department() % departments.size()), held));
        }
        for (RecordSpec r : recordSpecs) {
            Set<EmployeeId> assigned = new HashSet<>();
            r.assigned().forEach(a -> assigned.add(actors.get(a % actors.size()).employee()));
            records.add(new ProtectedRecord(RESOURCES.get(r.resource() % 2), UUID.randomUUID(),
                    actors.get(r.owner() % actors.size()).employee(),
                    departments.get(r.department() % departments.size()), assigned));
        }
        for (ShareSpec s : shareSpecs) {
            ProtectedRecord record = records.get(s.record() % records.size());
            Permission p = PERMISSIONS.get(s.permission());
            Grantee grantee = s.toDepartment()
                    ? Grantee.department(departments.get(s.grantee() % departments.size()))
                    : Grantee.employee(actors.get(s.grantee() % actors.size()).employee());
            shares.add(new Share(record.resource(), record.id(), grantee, p.action()));
        }
        access = RoleBasedAccessPolicy.of(policy, tree, shares);
        text = "departments " + parents + ", roles " + roleSpecs + ", employees " + employees + ", records "
                + recordSpecs + ", shares " + shareSpecs;
    }

    /** The same world under another policy (same tree, people, records and shares). */
    RoleBasedAccessPolicy with(Policy other) {
        return RoleBasedAccessPolicy.of(other, tree, shares);
    }

    @Override
    public String toString() {
        return text;
    }

    static Arbitrary<AccessWorld> worlds() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 50);
        Arbitrary<Scope> scopes = Arbitraries.of(Scope.class);
        Arbitrary<GrantSpec> grants = Combinators.combine(Arbitraries.integers().between(0, PERMISSIONS.size() - 1),
                scopes).as(GrantSpec::new);
        Arbitrary<Visibility> visibility = Arbitraries.of(Visibility.class).injectNull(0.4);
        Arbitrary<RoleSpec> roles = Combinators.combine(grants.list().ofMaxSize(4), grants.list().ofMaxSize(1),
                visibility, Arbitraries.of(Visibility.class).injectNull(0.8))
                .as(RoleSpec::new);
        Arbitrary<EmployeeSpec> employees = Combinators.combine(small, small.list().ofMaxSize(3))
                .as(EmployeeSpec::new);
        Arbitrary<RecordSpec> records = Combinators.combine(small, small, small, small.list().ofMaxSize(2))
                .as(RecordSpec::new);
        Arbitrary<ShareSpec> shares = Combinators.combine(small, Arbitraries.of(true, false), small,
                Arbitraries.integers().between(0, PERMISSIONS.size() - 1)).as(ShareSpec::new);
        return Combinators.combine(small.list().ofMinSize(1).ofMaxSize(10), roles.list().ofMaxSize(4),
                employees.list().ofMinSize(1).ofMaxSize(6), records.list().ofMinSize(1).ofMaxSize(12),
                shares.list().ofMaxSize(4)).as(AccessWorld::new);
    }
}
