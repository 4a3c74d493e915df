package org.crmkit.benchmarks.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Grant;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Policy;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Role;
import org.crmkit.core.access.Scope;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * A large, reproducible company for access benchmarks: 10,000 departments in a random tree, 1,000 roles holding a
 * given total number of grants, 100,000 employees, and a pre-generated mix of access requests. The same seed
 * always gives the same company and the same requests, so CRMKit and jCasbin are asked exactly the same questions.
 *
 * <p>Each employee holds one job role out of the 1,000; a quarter also hold one of four company-wide roles
 * (e.g. "approver"), which is how real companies end up with a few thousand distinct role sets, not 100,000.
 */
public final class SyntheticCompany {
    public static final int DEPARTMENTS = 10_000;
    public static final int EMPLOYEES = 100_000;
    public static final int ROLES = 1_000;
    /** Requests in the mix: a power of two so that a benchmark can cycle with a mask. */
    public static final int REQUESTS = 1 << 16;
    private static final int COMPANY_WIDE_ROLES = 4;
    private static final long SEED = 20_260_501L;

    /** Which scopes the roles grant at. */
    public enum Scopes {
        /** OWN, DEPARTMENT, DEPARTMENT_TREE and ALL in the proportions 5:7:6:2, as a real policy mixes them. */
        MIXED,
        /**
         * Every grant at DEPARTMENT and no record owned by or assigned to the asker: exactly what an
         * RBAC-with-domains model (domain = department) expresses, so both engines must give the same answers.
         */
        DEPARTMENT_ONLY
    }

    private static final Scope[] MIXED_SCOPES = weighted();

    final OrgTree tree;
    final DepartmentId[] departments;
    final Permission[] permissions;
    final Policy policy;
    final RoleName[] roleNames;
    final List<List<Grant>> grantsOfRole;
    final Actor[] employees;
    final int[] requestEmployee;
    final Actor[] requestActor;
    final Permission[] requestPermission;
    final ProtectedRecord[] requestRecord;

    private SyntheticCompany(int totalGrants, Scopes scopes) {
        SplittableRandom random = new SplittableRandom(SEED);
        departments = new DepartmentId[DEPARTMENTS];
        Map<DepartmentId, DepartmentId> parents = new LinkedHashMap<>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            departments[i] = new DepartmentId(uuid(random));
            // A random recursive tree: depth about 25, a few large units and many small ones.
            parents.put(departments[i], i == 0 ? null : departments[random.nextInt(i)]);
        }
        tree = OrgTree.fromParents(parents);
        permissions = permissionUniverse();
        roleNames = new RoleName[ROLES];
        grantsOfRole = new ArrayList<>(ROLES);
        for (int r = 0; r < ROLES; r++) {
            roleNames[r] = RoleName.of("job-" + r);
            grantsOfRole.add(new ArrayList<>());
        }
        for (int j = 0; j < totalGrants; j++) {
            // Fewer grants than roles: spread them out; more: deal them round-robin.
            int r = totalGrants <= ROLES ? (int) ((long) j * ROLES / totalGrants) : j % ROLES;
            List<Grant> grants = grantsOfRole.get(r);
            int i = grants.size();
            if (i >= permissions.length) {
                throw new IllegalArgumentException("at most " + ROLES * permissions.length + " grants");
            }
            Permission p = permissions[(r * 37 + i) % permissions.length];
            Scope s = scopes == Scopes.MIXED ? MIXED_SCOPES[(r * 31 + i * 17) % MIXED_SCOPES.length] : Scope.DEPARTMENT;
            grants.add(new Grant(p, s));
        }
        Policy.Builder builder = Policy.builder();
        for (int r = 0; r < ROLES; r++) {
            Role.Builder role = Role.named(roleNames[r]);
            grantsOfRole.get(r).forEach(g -> role.grant(g.permission(), g.scope()));
            builder.role(role.build());
        }
        policy = builder.build();

        employees = new Actor[EMPLOYEES];
        for (int e = 0; e < EMPLOYEES; e++) {
            int job = random.nextInt(ROLES);
            // The company-wide roles are the first four; a job role that is one of them stands alone.
            int wide = random.nextInt(4) == 0 ? random.nextInt(COMPANY_WIDE_ROLES) : job;
            Set<RoleName> roles = wide == job ? Set.of(roleNames[job]) : Set.of(roleNames[job], roleNames[wide]);
            employees[e] = new Actor(new EmployeeId(uuid(random)), departments[random.nextInt(DEPARTMENTS)], roles);
        }

        requestEmployee = new int[REQUESTS];
        requestActor = new Actor[REQUESTS];
        requestPermission = new Permission[REQUESTS];
        requestRecord = new ProtectedRecord[REQUESTS];
        for (int q = 0; q < REQUESTS; q++) {
            int e = random.nextInt(EMPLOYEES);
            Actor actor = employees[e];
            Permission p = askedPermission(random, actor);
            requestEmployee[q] = e;
            requestActor[q] = actor;
            requestPermission[q] = p;
            requestRecord[q] = scopes == Scopes.MIXED ? mixedRecord(random, e, p) : departmentRecord(random, e, p);
        }
    }

    /** The company with {@code totalGrants} grants across its roles; deterministic for a given argument pair. */
    public static SyntheticCompany generate(int totalGrants, Scopes scopes) {
        return new SyntheticCompany(totalGrants, scopes);
    }

    /** Mostly (80 %) a permission one of the actor's roles grants, so that scopes, not missing grants, decide. */
    private Permission askedPermission(SplittableRandom random, Actor actor) {
        if (random.nextInt(5) != 0) {
            List<Grant> held = new ArrayList<>();
            // In role-number order: Set.of iterates in a per-JVM order, and every run must ask the same questions.
            actor.roles().stream().mapToInt(r -> Integer.parseInt(r.value().substring(4))).sorted()
                    .forEach(r -> held.addAll(grantsOfRole.get(r)));
            if (!held.isEmpty()) {
                return held.get(random.nextInt(held.size())).permission();
            }
        }
        return permissions[random.nextInt(permissions.length)];
    }

    private ProtectedRecord mixedRecord(SplittableRandom random, int e, Permission p) {
        Actor actor = employees[e];
        EmployeeId owner = random.nextInt(5) == 0 ? actor.employee() : employees[random.nextInt(EMPLOYEES)].employee();
        int a = random.nextInt(20);
        Set<EmployeeId> assigned = a == 0 ? Set.of(actor.employee())
                : a < 3 ? Set.of(employees[random.nextInt(EMPLOYEES)].employee()) : Set.of();
        int d = random.nextInt(10);
        DepartmentId department;
        if (d < 3) {
            department = actor.department();
        } else if (d < 6) {
            OrgTree.Interval below = tree.interval(actor.department());
            department = tree.at(below.lo() + random.nextInt(below.hi() - below.lo() + 1));
        } else {
            department = departments[random.nextInt(DEPARTMENTS)];
        }
        return new ProtectedRecord(p.resource(), uuid(random), owner, department, assigned);
    }

    private ProtectedRecord departmentRecord(SplittableRandom random, int e, Permission p) {
        Actor actor = employees[e];
        int o = random.nextInt(EMPLOYEES - 1);
        EmployeeId owner = employees[o >= e ? o + 1 : o].employee();
        DepartmentId department = random.nextBoolean() ? actor.department() : departments[random.nextInt(DEPARTMENTS)];
        return new ProtectedRecord(p.resource(), uuid(random), owner, department, Set.of());
    }

    /** 20 resources (ours and a vendor's) times 10 actions: 200 permissions, so a role can hold up to 200 grants. */
    private static Permission[] permissionUniverse() {
        List<Resource> resources = new ArrayList<>(List.of(Resource.CLIENT, Resource.CONTACT, Resource.DEAL,
                Resource.CLAIM, Resource.TASK, Resource.INTERACTION, Resource.EMPLOYEE, Resource.DEPARTMENT,
                Resource.REPORT, Resource.EXPORT, Resource.AUDIT_TRAIL));
        for (int i = 1; resources.size() < 20; i++) {
            resources.add(Resource.of("acme:object-" + i));
        }
        List<Action> actions = List.of(Action.CREATE, Action.READ, Action.UPDATE, Action.DELETE, Action.ASSIGN,
                Action.SHARE, Action.EXPORT, Action.of("acme:approve"), Action.of("acme:archive"),
                Action.of("acme:print"));
        Permission[] all = new Permission[resources.size() * actions.size()];
        int k = 0;
        for (Resource r : resources) {
            for (Action a : actions) {
                all[k++] = Permission.of(r, a);
            }
        }
        return all;
    }

    private static Scope[] weighted() {
        List<Scope> s = new ArrayList<>();
        int[] weights = {5, 7, 6, 2};
        for (Scope scope : Scope.values()) {
            for (int i = 0; i < weights[scope.ordinal()]; i++) {
                s.add(scope);
            }
        }
        return s.toArray(Scope[]::new);
    }

    private static UUID uuid(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
