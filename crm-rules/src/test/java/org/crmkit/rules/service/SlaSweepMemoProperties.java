package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.rules.Conditions.field;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.service.ClaimSlaClockProperties.Step;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;

/**
 * The sweep's memo is exact: for random claim lives looked at, while they happen, at random instants (forwards,
 * repeated, now and then backwards), the remembered states equal a fresh recomputation, and a sweep with the memo
 * does exactly what a sweep without it does. From its second run the sweep with the memo reads the claims'
 * stamps ({@code Claims.forEachOpenStamp}) and restores only the claims its memo cannot vouch for, while the one
 * without the memo restores every claim at every run: the second property compares those two paths.
 */
class SlaSweepMemoProperties {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A look: minutes after the previous look (negative: an earlier instant), or -0 as "the same instant". */
    @Provide
    Arbitrary<List<Integer>> looks() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 240)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(240, 3 * 1440)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-600, -1))).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Step>> lives() {
        return new ClaimSlaClockProperties().lives();
    }

    @Provide
    Arbitrary<Instant> registrations() {
        return new ClaimSlaClockProperties().registrations();
    }

    @Property(tries = 300)
    void the_remembered_states_equal_a_fresh_recomputation_at_every_look(@ForAll("registrations") Instant registered,
            @ForAll("lives") List<Step> life, @ForAll("looks") List<Integer> looks,
            @ForAll @IntRange(min = 0, max = 1) int calendarIndex, @ForAll @IntRange(min = 0, max = 2) int rulesIndex) {
        BusinessCalendar calendar = ClaimSlaClockProperties.CALENDARS[calendarIndex];
        ServiceCompany co = new ServiceCompany();
        SlaSweep sweep = sweep(co, calendar, RULES.get(rulesIndex), true);
        Claim claim = ClaimSlaClockProperties.live(registered, List.of());
        Instant lifeAt = registered;
        Instant at = registered;
        int stepsDone = 0;
        int lastLength = -1;
        MilestoneState[] last = null;
        for (int minutes : looks) {
            at = at.plusSeconds(minutes * 60L);
            // the claim lives on up to the look (and one step past it now and then: a future-dated entry)
            while (stepsDone < life.size() && !lifeAt.plusSeconds(life.get(stepsDone).afterMinutes() * 60).isAfter(
                    at.plusSeconds(stepsDone % 3 == 0 ? 3600 : 0))) {
                lifeAt = lifeAt.plusSeconds(life.get(stepsDone).afterMinutes() * 60);
                ClaimSlaClockProperties.apply(claim, life.get(stepsDone), lifeAt, ClaimSlaClockProperties.DEPARTMENT,
                        ClaimSlaClockProperties.AGENT);
                stepsDone++;
            }
            Optional<ClaimSlaEvaluation> due = sweep.dueAt(claim, at);
            ClaimSlaEvaluation fresh = sweep.evaluate(claim, at);
            ClaimSlaMemo memo = sweep.memoOf(claim.id());
            MilestoneState[] now = {fresh.state(Milestone.FIRST_RESPONSE), fresh.state(Milestone.RESOLUTION)};

            assertThat(memo.state(Milestone.FIRST_RESPONSE)).isEqualTo(now[0]);
            assertThat(memo.state(Milestone.RESOLUTION)).isEqualTo(now[1]);
            boolean changed = last == null || claim.history().size() != lastLength || last[0] != now[0] || last[1] != now[1];
            if (RULES.get(rulesIndex) == EscalationInputs.STATES) {
                assertThat(due.isPresent()).as("due exactly when the claim or a state changed").isEqualTo(changed);
            } else {
                assertThat(due.isPresent() || !changed).as("due at least when the claim or a state changed").isTrue();
            }
            due.ifPresent(d -> assertThat(d.toString()).isEqualTo(fresh.toString()));
            if (!memo.until().equals(Instant.MAX) && memo.until().isAfter(at)) {
                ClaimSlaEvaluation justBefore = sweep.evaluate(claim, memo.until().minusNanos(1));
                assertThat(justBefore.state(Milestone.FIRST_RESPONSE)).isEqualTo(now[0]);
                assertThat(justBefore.state(Milestone.RESOLUTION)).isEqualTo(now[1]);
            }
            last = now;
            lastLength = claim.history().size();
        }
    }

    @Property(tries = 100)
    void a_sweep_with_the_memo_does_exactly_what_a_sweep_without_it_does(@ForAll("registrations") Instant registered,
            @ForAll("severalLives") List<List<Step>> lives, @ForAll("looks") List<Integer> looks,
            @ForAll @IntRange(min = 0, max = 2) int rulesIndex) {
        World remembering = new World(true, RULES.get(rulesIndex));
        World forgetting = new World(false, RULES.get(rulesIndex));
        List<ClaimId> ids = new ArrayList<>();
        for (int i = 0; i < lives.size(); i++) {
            ids.add(ClaimId.newId());
            remembering.register(ids.get(i), registered);
            forgetting.register(ids.get(i), registered);
        }
        Instant at = registered;
        boolean acted = false;
        for (int minutes : looks) {
            // the scheduler only moves forwards, and the claims live on up to each run, as they would
            at = at.plusSeconds(Math.max(0, minutes) * 60L);
            for (int i = 0; i < lives.size(); i++) {
                remembering.liveUpTo(ids.get(i), registered, lives.get(i), at);
                forgetting.liveUpTo(ids.get(i), registered, lives.get(i), at);
            }
            List<String> did = remembering.sweep(at);
            assertThat(did).isEqualTo(forgetting.sweep(at));
            acted |= !did.isEmpty();
            boolean failed = did.stream().anyMatch(line -> line.startsWith("failed ")); // a failed claim loses its memo
            for (ClaimId id : ids) {
                assertThat(remembering.sweep.memoOf(id) != null || failed)
                        .as("a memo exactly while the claim is open (unless a run failed)")
                        .isEqualTo(remembering.co.repositories.claims().get(id).isOpen() || failed);
            }
        }
        for (ClaimId id : ids) {
            assertThat(remembering.claim(id)).isEqualTo(forgetting.claim(id));
        }
        assertThat(remembering.events()).isEqualTo(forgetting.events());
        Statistics.label("the sweeps acted").collect(acted);
    }

    @Provide
    Arbitrary<List<List<Step>>> severalLives() {
        return lives().list().ofMinSize(1).ofMaxSize(4);
    }

    /** Rules that read only states, also the consumed percent, or also the client's segment. */
    private static final List<EscalationInputs> RULES = List.of(EscalationInputs.STATES, EscalationInputs.PERCENT,
            EscalationInputs.ANYTHING);

    private static RuleSet<ClaimSlaFacts> rules(EscalationInputs reads) {
        return switch (reads) {
            case STATES -> SlaEscalationRules.standard();
            case PERCENT -> withStandard(notifyAt(90));
            case ANYTHING -> withStandard(notifyPremium());
        };
    }

    private static RuleSet<ClaimSlaFacts> withStandard(Rule extra) {
        return RuleSet.builder("test:sla", ClaimSlaFacts.SCHEMA).combine(Combination.PRIORITY)
                .add(SlaEscalationRules.standard().rules().toArray(Rule[]::new)).add(extra).build();
    }

    private static SlaSweep sweep(ServiceCompany co, BusinessCalendar calendar, EscalationInputs reads, boolean memo) {
        SlaPolicies policies = SlaPolicies.of(List.of(new SlaPolicy(SlaPolicyId.of("standard"), 1,
                Instant.parse("2025-01-01T00:00:00Z"), SlaScope.anyClaim(), Duration.ofHours(2), Duration.ofHours(16),
                calendar.name(), 75)));
        return SlaSweep.builder(co.crm, co.repositories).policies(policies).calendars(SlaCalendars.of(calendar))
                .ladder(EscalationLadder.builder().then(EscalationLadder.headOfAssigneesDepartment())
                        .then(EscalationLadder.headOf(co.service)).build())
                .rules(rules(reads)).remembering(memo).build();
    }

    private static Rule notifyAt(int percent) {
        return Rule.define("test:sla.notify-at-" + percent).priority(5).on(SlaEscalationRules.sweep())
                .when(field("consumedPercent").gte(percent)).then(SlaEscalationRules.notifyLadder()).build();
    }

    private static Rule notifyPremium() {
        return Rule.define("test:sla.notify-premium").priority(5).on(SlaEscalationRules.sweep())
                .when(field("segment").eq("premium")).then(SlaEscalationRules.notifyLadder()).build();
    }

    /** One company with its sweep; what it did is described without the ids that differ between two worlds. */
    private static final class World {
        final ServiceCompany co = new ServiceCompany();
        final SlaSweep sweep;
        final ClientId client = ClientId.newId();
        final Map<String, String> names = new TreeMap<>();

        World(boolean memo, EscalationInputs reads) {
            sweep = SlaSweepMemoProperties.sweep(co, ServiceCompany.CALENDAR, reads, memo);
            Map.of("sam", co.sam, "hector", co.hector, "alice", co.alice, "bob", co.bob, "sara", co.sara, "max", co.max)
                    .forEach((name, id) -> names.put(id.value().toString(), name));
            Map.of("company", co.company, "service", co.service, "line1", co.line1, "sales", co.sales)
                    .forEach((name, id) -> names.put(id.value().toString(), name));
        }

        /** How many steps of each claim's life were taken. */
        final Map<ClaimId, Integer> taken = new java.util.HashMap<>();

        void register(ClaimId id, Instant registered) {
            Claim claim = Claim.register(id, client, null, ClaimChannel.EMAIL, ClaimCategory.of("delivery"),
                    Severity.HIGH, "subject", "description", null, null, co.line1, Stamp.of(co.alice, registered));
            claim.pullEvents();
            co.repositories.claims().save(claim);
            taken.put(id, 0);
        }

        /** Takes the steps of the claim's life not taken yet that fall at or before {@code until}. */
        void liveUpTo(ClaimId id, Instant registered, List<Step> life, Instant until) {
            Claim claim = co.repositories.claims().get(id);
            int before = taken.get(id);
            Instant at = registered;
            for (int i = 0; i < life.size(); i++) {
                at = at.plusSeconds(life.get(i).afterMinutes() * 60);
                if (at.isAfter(until)) {
                    break;
                }
                if (i >= taken.get(id)) {
                    ClaimSlaClockProperties.apply(claim, life.get(i), at, co.line1, co.bob);
                    taken.put(id, i + 1);
                }
            }
            if (taken.get(id) > before) { // an untouched claim keeps its version, as it would in a real store
                claim.pullEvents();
                co.repositories.claims().save(claim);
            }
        }

        List<String> sweep(Instant at) {
            co.clock.set(at);
            SlaSweepReport report = sweep.run(at);
            List<String> described = new ArrayList<>();
            report.actions().forEach(a -> described.add(a.record() + " " + a.milestone() + " " + a.state() + " "
                    + a.rule() + " " + a.kind() + " " + neutral(a.detail())));
            report.uncovered().forEach(id -> described.add("uncovered " + id));
            report.failures().forEach(f -> described.add("failed " + f.record() + " " + f.code()));
            return described;
        }

        String claim(ClaimId id) {
            Claim claim = co.repositories.claims().get(id);
            return neutral(claim.status() + " level " + claim.escalationLevel() + " assignee " + claim.assignee()
                    + " history " + claim.history().size() + " version " + claim.version());
        }

        List<String> events() {
            return co.events.stream().map(DomainEvent::getClass).map(Class::getSimpleName).toList();
        }

        private String neutral(String text) {
            if (text == null) {
                return null;
            }
            return UUID.matcher(text).replaceAll(m -> names.getOrDefault(m.group(), "#"));
        }
    }
}
