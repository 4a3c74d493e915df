package org.crmkit.benchmarks.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Grant;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.organisation.RoleName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * CRMKit and jCasbin side by side on one policy and one request mix, in one run. The policy is the one both can
 * express: every grant at DEPARTMENT scope, which in jCasbin is the standard RBAC-with-domains model with the
 * department as the domain — an employee holds their roles in their own department ({@code g, employee, role,
 * department}), each grant is one policy line valid in every domain ({@code p, role, *, resource, action}),
 * and a request names the record's department. The same number of grants becomes the same number of
 * {@code p} lines.
 *
 * <p>Setup checks that both engines answer every sampled request the same way, so the two figures are for the
 * same work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class CasbinComparisonBenchmark {
    /**
     * jCasbin's RBAC-with-domains example model, with the policy domain {@code *} meaning every department.
     * Written as a plain comparison on purpose: with {@code keyMatch(r.dom, p.dom)} in the matcher, jCasbin
     * 1.81.0 treats domains as patterns and matches every new role link against every known domain, and loading
     * 20,000 role links into 10,000 domains did not finish in five minutes.
     */
    static final String MODEL = String.join("\n",
            "[request_definition]",
            "r = sub, dom, obj, act",
            "[policy_definition]",
            "p = sub, dom, obj, act",
            "[role_definition]",
            "g = _, _, _",
            "[policy_effect]",
            "e = some(where (p.eft == allow))",
            "[matchers]",
            "m = g(r.sub, p.sub, r.dom) && (p.dom == \"*\" || r.dom == p.dom) && r.obj == p.obj && r.act == p.act");

    private static final int MASK = SyntheticCompany.REQUESTS - 1;

    @Param({"10", "1000", "100000"})
    public int grants;

    private SyntheticCompany company;
    private RoleBasedAccessPolicy policy;
    private Enforcer enforcer;
    private String[] sub;
    private String[] dom;
    private String[] obj;
    private String[] act;
    private int next;

    @Setup(Level.Trial)
    public void buildBoth() {
        company = SyntheticCompany.generate(grants, SyntheticCompany.Scopes.DEPARTMENT_ONLY);
        policy = RoleBasedAccessPolicy.of(company.policy, company.tree);
        for (Actor a : company.employees) {
            policy.decide(a, company.permissions[0]);
        }

        long start = System.nanoTime();
        enforcer = new Enforcer(Model.newModelFromString(MODEL));
        enforcer.enableLog(false);
        enforcer.enableAutoBuildRoleLinks(false);
        List<List<String>> p = new ArrayList<>(grants);
        for (int r = 0; r < SyntheticCompany.ROLES; r++) {
            for (Grant g : company.grantsOfRole.get(r)) {
                p.add(List.of(company.roleNames[r].value(), "*", g.permission().resource().name(),
                        g.permission().action().name()));
            }
        }
        List<List<String>> g = new ArrayList<>();
        for (Actor a : company.employees) {
            for (RoleName role : a.roles()) {
                g.add(List.of(a.employee().toString(), role.value(), a.department().toString()));
            }
        }
        if (!p.isEmpty()) {
            enforcer.addPolicies(p);
        }
        enforcer.addGroupingPolicies(g);
        enforcer.buildRoleLinks();
        long built = System.nanoTime();

        sub = new String[SyntheticCompany.REQUESTS];
        dom = new String[SyntheticCompany.REQUESTS];
        obj = new String[SyntheticCompany.REQUESTS];
        act = new String[SyntheticCompany.REQUESTS];
        for (int q = 0; q < SyntheticCompany.REQUESTS; q++) {
            sub[q] = company.requestActor[q].employee().toString();
            dom[q] = company.requestRecord[q].department().toString();
            obj[q] = company.requestPermission[q].resource().name();
            act[q] = company.requestPermission[q].action().name();
        }
        int checked = verifySameAnswers();
        System.out.printf("%n[setup] grants=%d: jCasbin built from %d p and %d g lines in %d ms; both engines gave"
                + " the same answer to the first %d requests%n", grants, p.size(), g.size(),
                (built - start) / 1_000_000, checked);
    }

    /** Compares answers on a prefix of the mix, as long as jCasbin allows in about ten seconds. */
    private int verifySameAnswers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int q = 0;
        int allowed = 0;
        for (; q < SyntheticCompany.REQUESTS && (q < 20 || System.nanoTime() < deadline); q++) {
            boolean ours = crmkit(q).allowed();
            boolean theirs = enforcer.enforce(sub[q], dom[q], obj[q], act[q]);
            if (ours != theirs) {
                throw new IllegalStateException("the engines disagree on request " + q + ": CRMKit " + ours
                        + ", jCasbin " + theirs + " for " + company.requestActor[q] + " "
                        + company.requestPermission[q] + " " + company.requestRecord[q]);
            }
            allowed += ours ? 1 : 0;
        }
        System.out.printf("%n[setup] %d of %d compared requests allowed%n", allowed, q);
        return q;
    }

    private Decision crmkit(int q) {
        return policy.decide(company.requestActor[q], company.requestPermission[q], company.requestRecord[q]);
    }

    /** CRMKit's {@code policy.decide(actor, permission, record)} on the department-scope policy. */
    @Benchmark
    public Decision crmkitDecide() {
        return crmkit(next++ & MASK);
    }

    /** jCasbin's {@code enforcer.enforce(sub, dom, obj, act)} on the same request. */
    @Benchmark
    public boolean jcasbinEnforce() {
        int q = next++ & MASK;
        return enforcer.enforce(sub[q], dom[q], obj[q], act[q]);
    }
}
