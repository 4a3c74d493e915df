package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;

/**
 * The fast check path (role sets found by a mixed hash, rules in arrays shared between role sets, explanations
 * written on first read, a bound actor) answers exactly what the plain fold of the roles says.
 */
class FastCheckPathProperties {
    @Provide
    Arbitrary<AccessWorld> worlds() {
        return AccessWorld.worlds();
    }

    @Property(tries = 200)
    void a_bound_actor_gets_the_same_decisions_filters_fields_and_explanations_as_the_policy(
            @ForAll("worlds") AccessWorld w) {
        for (Actor actor : w.actors) {
            ActorAccess bound = w.access.bind(actor);
            assertThat(bound.actor()).isEqualTo(actor);
            for (Resource resource : AccessWorld.RESOURCES) {
                assertThat(bound.fields(resource).explain()).isEqualTo(w.access.fields(actor, resource).explain());
            }
            for (Permission p : AccessWorld.PERMISSIONS) {
                assertSame(bound.decide(p), w.access.decide(actor, p));
                assertThat(bound.whyNot(p).remedies()).isEqualTo(w.access.whyNot(actor, p).remedies());
                assertThat(bound.filter(p).toString()).isEqualTo(w.access.filter(actor, p).toString());
                for (ProtectedRecord r : w.records) {
                    assertSame(bound.decide(p, r), w.access.decide(actor, p, r));
                    assertSame(bound.decide(p, r.placedIn(w.tree)), w.access.decide(actor, p, r));
                    assertThat(r.placedIn(w.tree)).isEqualTo(r);
                    assertThat(bound.filter(p).admits(r)).isEqualTo(w.access.decide(actor, p, r).allowed());
                    assertThat(bound.whyNot(p, r).remedies()).isEqualTo(w.access.whyNot(actor, p, r).remedies());
                }
            }
        }
    }

    @Property(tries = 200)
    void the_compiled_rule_of_every_role_set_is_the_plain_fold_of_its_roles(@ForAll("worlds") AccessWorld w) {
        for (Actor actor : w.actors) {
            CompiledRoles plain = CompiledRoles.compile(w.policy, actor.roles());
            for (Permission p : AccessWorld.PERMISSIONS) {
                PermissionRule expected = plain.rules.get(p);
                Decision d = w.access.decide(actor, p);
                if (expected == null) {
                    assertThat(d.basis()).isEqualTo(Decision.Basis.NO_GRANT);
                } else {
                    assertSame(d, expected.decideFunction());
                }
            }
        }
    }

    @Property(tries = 100)
    void tree_membership_agrees_with_walking_up_the_parents(@ForAll("parents") List<Integer> parentChoice) {
        List<DepartmentId> ids = new ArrayList<>();
        Map<DepartmentId, DepartmentId> parentOf = new LinkedHashMap<>();
        for (int i = 0; i < parentChoice.size(); i++) {
            DepartmentId id = new DepartmentId(UUID.randomUUID());
            int choice = parentChoice.get(i);
            parentOf.put(id, i == 0 || choice < 0 ? null : ids.get(choice % i));
            ids.add(id);
        }
        OrgTree tree = OrgTree.fromParents(parentOf);
        DepartmentId stranger = new DepartmentId(UUID.randomUUID());
        assertThat(tree.contains(stranger)).isFalse();
        assertThat(tree.findInterval(stranger)).isEmpty();
        for (DepartmentId candidate : ids) {
            assertThat(tree.at(tree.position(candidate))).isEqualTo(candidate);
            assertThat(tree.isWithin(candidate, stranger)).isFalse();
            assertThat(tree.isWithin(stranger, candidate)).isFalse();
            for (DepartmentId root : ids) {
                boolean below = false;
                for (DepartmentId d = candidate; d != null; d = parentOf.get(d)) {
                    below |= d.equals(root);
                }
                assertThat(tree.isWithin(candidate, root)).as("%s within %s", candidate, root).isEqualTo(below);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> parents() {
        return Arbitraries.integers().between(-3, 1_000).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 50)
    void role_sets_whose_plain_set_hashes_collide_are_told_apart(@ForAll("roleNumbers") List<Integer> numbers) {
        // "job-10" + "job-21" and "job-11" + "job-20" have the same Set.hashCode(): the table must not care.
        RoleSetTable<String> table = new RoleSetTable<>();
        Map<Set<RoleName>, String> expected = new HashMap<>();
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            int a = numbers.get(i);
            int b = numbers.get(i + 1);
            for (Set<RoleName> set : List.of(Set.of(RoleName.of("job-" + a)),
                    a == b ? Set.of(RoleName.of("job-" + a)) : Set.of(RoleName.of("job-" + a), RoleName.of("job-" + b)),
                    a + 1 == b - 1 || a == b ? Set.of(RoleName.of("job-" + a))
                            : Set.of(RoleName.of("job-" + (a + 1)), RoleName.of("job-" + (b - 1))))) {
                String got = table.get(set, s -> s.toString());
                expected.putIfAbsent(set, set.toString());
                assertThat(got).isEqualTo(expected.get(set));
            }
        }
        for (Map.Entry<Set<RoleName>, String> e : expected.entrySet()) {
            assertThat(table.get(Set.copyOf(e.getKey()), s -> "recomputed")).isEqualTo(e.getValue());
        }
    }

    @Provide
    Arbitrary<List<Integer>> roleNumbers() {
        return Arbitraries.integers().between(1, 60).list().ofMinSize(2).ofMaxSize(400);
    }

    private static void assertSame(Decision fast, Decision reference) {
        assertThat(fast).isEqualTo(reference);
        assertThat(fast.allowed()).isEqualTo(reference.allowed());
        assertThat(fast.basis()).isEqualTo(reference.basis());
        assertThat(fast.role()).isEqualTo(reference.role());
        assertThat(fast.scope()).isEqualTo(reference.scope());
        assertThat(fast.share()).isEqualTo(reference.share());
        assertThat(fast.explain()).isEqualTo(reference.explain());
        assertThat(fast.explainRu()).isEqualTo(reference.explainRu());
    }
}
