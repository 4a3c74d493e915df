package org.crmkit.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.crmkit.core.internal.memory.InMemoryShares;
import org.crmkit.core.organisation.OrgTree;
import org.crmkit.core.organisation.RoleName;

/** Invariants of the role-based policy over random org trees, roles, people, records and shares. */
class AccessPolicyProperties {
    @Provide
    Arbitrary<AccessWorld> worlds() {
        return AccessWorld.worlds();
    }

    @Property(tries = 300)
    void the_list_filter_admits_exactly_what_the_per_record_check_allows(@ForAll("worlds") AccessWorld w) {
        for (Actor actor : w.actors) {
            for (Permission p : AccessWorld.PERMISSIONS) {
                ScopedRecordFilter filter = w.access.filter(actor, p);
                for (ProtectedRecord r : w.records) {
                    if (!r.resource().equals(p.resource())) {
                        continue;
                    }
                    Decision d = w.access.decide(actor, p, r);
                    boolean allowed = d.allowed();
                    Statistics.collect(d.basis());
                    assertThat(filter.admits(r)).as("%s %s %s", actor, p, r).isEqualTo(allowed);
                    assertThat(asSqlWould(filter, r, w.tree)).as("structure of %s", filter).isEqualTo(allowed);
                }
            }
        }
    }

    /** Evaluates the filter only through what it exposes, as a SQL adapter would (positions and intervals). */
    private static boolean asSqlWould(ScopedRecordFilter f, ProtectedRecord r, OrgTree tree) {
        if (!r.resource().equals(f.permission().resource())) {
            return false;
        }
        boolean forbidden = f.forbidden().map(s -> matches(s, r, tree)).orElse(false);
        boolean granted = f.granted().map(s -> matches(s, r, tree)).orElse(false);
        return !forbidden && (granted || f.sharedRecordIds().contains(r.id()));
    }

    private static boolean matches(ScopedRecords s, ProtectedRecord r, OrgTree tree) {
        boolean own = r.owner().equals(s.employee()) || r.assigned().contains(s.employee());
        return switch (s.scope()) {
            case ALL -> true;
            case OWN -> own;
            case DEPARTMENT -> own || r.department().equals(s.department());
            case DEPARTMENT_TREE -> own || r.department().equals(s.department())
                    || s.subtree().map(i -> tree.contains(r.department()) && i.contains(tree.position(r.department())))
                    .orElse(false);
        };
    }

    @Property(tries = 200)
    void with_no_grant_and_no_share_nothing_is_visible(@ForAll("worlds") AccessWorld w) {
        Policy.Builder stripped = Policy.builder();
        for (Role r : w.roles) {
            Role.Builder b = Role.extending(r);
            r.grants().forEach(g -> b.revoke(g.permission()));
            stripped.role(b.build());
        }
        RoleBasedAccessPolicy none = RoleBasedAccessPolicy.of(stripped.build(), w.tree, new InMemoryShares());
        for (Actor actor : w.actors) {
            for (Permission p : AccessWorld.PERMISSIONS) {
                assertThat(none.decide(actor, p).allowed()).isFalse();
                assertThat(none.filter(actor, p).admitsNothing()).isTrue();
                for (ProtectedRecord r : w.records) {
                    assertThat(none.decide(actor, p, r).allowed()).isFalse();
                }
            }
        }
    }

    @Property(tries = 200)
    void adding_a_grant_never_removes_access(@ForAll("worlds") AccessWorld w,
                                             @ForAll("grants") Grant extra) {
        Role added = Role.named("extra").grant(extra.permission(), extra.scope()).build();
        List<Actor> widened = new ArrayList<>();
        for (Actor a : w.actors) {
            Set<RoleName> more = new HashSet<>(a.roles());
            more.add(added.name());
            widened.add(new Actor(a.employee(), a.department(), more));
        }
        RoleBasedAccessPolicy after = w.with(w.policy.revise().role(added).build());
        for (int i = 0; i < w.actors.size(); i++) {
            for (Permission p : AccessWorld.PERMISSIONS) {
                for (ProtectedRecord r : w.records) {
                    if (w.access.decide(w.actors.get(i), p, r).allowed()) {
                        assertThat(after.decide(widened.get(i), p, r).allowed()).isTrue();
                    }
                }
                if (w.access.decide(w.actors.get(i), p).allowed()) {
                    assertThat(after.decide(widened.get(i), p).allowed()).isTrue();
                }
            }
        }
        assertThat(PolicyDiff.between(w.policy, w.policy.revise().role(added).build(), widened).losses())
                .as("a role nobody held before takes nothing away").isEmpty();
    }

    @Property(tries = 200)
    void a_forbid_always_wins_over_grants_and_shares(@ForAll("worlds") AccessWorld w, @ForAll("grants") Grant f) {
        Role forbidding = Role.named("forbidding").forbid(f.permission(), f.scope()).build();
        RoleBasedAccessPolicy after = w.with(w.policy.revise().role(forbidding).build());
        for (Actor a : w.actors) {
            Set<RoleName> more = new HashSet<>(a.roles());
            more.add(forbidding.name());
            Actor bound = new Actor(a.employee(), a.department(), more);
            for (ProtectedRecord r : w.records) {
                if (!r.resource().equals(f.permission().resource())) {
                    continue;
                }
                if (ScopedRecords.admits(f.scope(), a.employee(), a.department(), r, w.tree)) {
                    Decision d = after.decide(bound, f.permission(), r);
                    assertThat(d.allowed()).isFalse();
                    assertThat(d.basis()).isEqualTo(Decision.Basis.FORBID);
                    assertThat(after.filter(bound, f.permission()).admits(r)).isFalse();
                }
            }
            if (f.scope() == Scope.ALL) {
                assertThat(after.decide(bound, f.permission()).allowed()).isFalse();
                assertThat(after.filter(bound, f.permission()).admitsNothing()).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void why_not_proposes_a_scope_that_would_really_allow(@ForAll("worlds") AccessWorld w) {
        for (Actor a : w.actors) {
            for (Permission p : AccessWorld.PERMISSIONS) {
                for (ProtectedRecord r : w.records) {
                    Explanation e = w.access.whyNot(a, p, r);
                    Decision.Basis basis = e.decision().basis();
                    if (basis != Decision.Basis.OUT_OF_SCOPE && basis != Decision.Basis.NO_GRANT) {
                        continue;
                    }
                    Scope needed = ScopedRecords.narrowestReaching(a, r, w.tree);
                    assertThat(e.remedies().get(0)).contains("scope " + needed);
                    Role fix = Role.named("fix").grant(p, needed).build();
                    Set<RoleName> more = new HashSet<>(a.roles());
                    more.add(fix.name());
                    RoleBasedAccessPolicy fixed = w.with(w.policy.revise().role(fix).build());
                    assertThat(fixed.decide(new Actor(a.employee(), a.department(), more), p, r).allowed())
                            .as(e.text()).isTrue();
                }
            }
        }
    }

    @Property(tries = 300)
    void no_role_without_personal_data_visible_ever_receives_an_unmasked_phone_or_email(
            @ForAll("worlds") AccessWorld w, @ForAll("phones") String phone, @ForAll("emails") String email) {
        for (Actor a : w.actors) {
            boolean someRoleShowsIt = w.roles.stream().filter(r -> a.roles().contains(r.name()))
                    .anyMatch(r -> r.visibility(FieldTag.PERSONAL_DATA) == Visibility.VISIBLE);
            FieldPolicy fields = w.access.fields(a, Resource.CONTACT);
            if (someRoleShowsIt) {
                continue;
            }
            assertThat(fields.visibility(FieldTag.PERSONAL_DATA)).isNotEqualTo(Visibility.VISIBLE);
            fields.reveal(FieldTag.PERSONAL_DATA, phone, Masks::phone).ifPresent(shown -> {
                assertThat(shown).isNotEqualTo(phone);
                assertThat(shown.replaceAll("\\D", "")).hasSizeLessThan(phone.replaceAll("\\D", "").length() - 3);
            });
            fields.reveal(FieldTag.PERSONAL_DATA, email, Masks::email).ifPresent(shown -> {
                assertThat(shown).isNotEqualTo(email);
                assertThat(shown).doesNotContain(email.substring(0, email.indexOf('@')) + "@");
            });
        }
    }

    @Property(tries = 200)
    void a_field_forbid_caps_every_holder(@ForAll("worlds") AccessWorld w) {
        for (Actor a : w.actors) {
            Visibility shown = w.access.fields(a, Resource.CONTACT).visibility(FieldTag.PERSONAL_DATA);
            w.roles.stream().filter(r -> a.roles().contains(r.name()))
                    .map(r -> r.fieldLimits().get(FieldTag.PERSONAL_DATA)).filter(l -> l != null)
                    .forEach(limit -> assertThat(shown.compareTo(limit)).isLessThanOrEqualTo(0));
        }
    }

    @Provide
    Arbitrary<Grant> grants() {
        return Arbitraries.of(AccessWorld.PERMISSIONS).flatMap(p -> Arbitraries.of(Scope.class)
                .map(s -> new Grant(p, s)));
    }

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.strings().numeric().ofLength(10).map(d -> "+7" + d);
    }

    @Provide
    Arbitrary<String> emails() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)
                .map(local -> local + "@example.com");
    }
}
