package org.crmkit.rules.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Claims;
import org.crmkit.core.shared.DomainException;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyRef;

/**
 * The SLA sweep the embedding application's scheduler runs: {@link #run(Instant)} evaluates every open claim at
 * an instant, in a system context ({@code crm.system("SLA sweep")}), and applies what the escalation rules (a
 * {@code PRIORITY} rule set over {@link ClaimSlaFacts}) ask for on each milestone at WARNING or VIOLATED.
 *
 * <p>Effects and how they are applied (all through the core's use cases, so they are audited and their events
 * reach the Crm's listeners):
 * <ul>
 *   <li>{@code Escalate(level)} → {@code claims().escalate(claim, level, reason)} if the claim is below that level;</li>
 *   <li>{@code Assign(ByStrategy("escalation-ladder"))} → reassign to whom the {@link EscalationLadder} names at the
 *   claim's (new) level; {@code Assign(ToEmployee)} → to that employee; {@code Assign(ToDepartment)} → to its head;</li>
 *   <li>{@code Emit("sla.notify", {to: "ladder" | "assignee"})} → publishes {@link ClaimSlaWarning} or
 *   {@link ClaimSlaViolated} with whom to tell;</li>
 *   <li>{@code Emit("sla.create-task", {title, dueInBusinessHours, to})} → a HIGH priority task about the claim.</li>
 * </ul>
 *
 * <p>Idempotent: the escalation level reached is read from the claim, and every rule that fired on a claim's
 * milestone state is noted in {@link RaisedAlerts}, so running the sweep again at the same instant (or later,
 * with nothing new) changes nothing. An alert is noted after its effects succeeded; if one fails the alert is
 * retried by the next run (at least once, never silently lost).
 *
 * <p>Policies are assigned to claims by a {@link ClaimSlaRegistrar} registered as a listener of the Crm (built
 * over the same {@link ClaimSlaAssignments}); a claim that has none yet is assigned by the sweep from its
 * registration, which gives the same policy version.
 *
 * <p>{@link #evaluate(Claim, Instant)} is the pure, allocation-light part: policy terms are prepared once per
 * policy version, and the clocks are read off the claim's history in one pass with O(log n) calendar look-ups.
 *
 * <p>Between runs the sweep remembers, per open claim, the states it judged and until when they cannot change
 * unless the claim does ({@link #dueAt}): a run recomputes only claims that changed or reached that instant, and
 * acts only on claims whose facts for the escalation rules changed since it last looked. A run after the first
 * reads the open claims' stamps ({@link Claims#forEachOpenStamp}: id, stored version, history length) and restores
 * only the claims whose memo cannot vouch for them. This is exact, not a
 * cache that may go stale: effects are idempotent given the same facts (raised alerts are remembered), so a claim
 * whose facts are unchanged has nothing new to do. Rules that read what the claim does not track (the client's
 * segment, today's date, a Java predicate) make every alerting claim due at every run. The memo lives in memory
 * only; after a restart the first run recomputes every claim and re-checks every alerting one.
 */
public final class SlaSweep {
    private final Crm crm;
    private final Repositories repositories;
    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final ClaimSlaAssignments assignments;
    private final ClaimSlaRegistrar registrar;
    private final RaisedAlerts alerts;
    private final RuleSet<ClaimSlaFacts> rules;
    private final RuleEngine engine;
    private final ClaimSlaEffects effects;
    private final Map<SlaPolicyRef, SlaTerms> terms = new ConcurrentHashMap<>();
    private final Map<ClaimId, ClaimSlaMemo> memos = new ConcurrentHashMap<>();
    private final EscalationInputs reads;
    private final boolean remembering;
    private long runs;

    private SlaSweep(Builder b) {
        this.crm = Objects.requireNonNull(b.crm, "crm");
        this.repositories = Objects.requireNonNull(b.repositories, "repositories");
        this.policies = Objects.requireNonNull(b.policies, "policies");
        this.calendars = Objects.requireNonNull(b.calendars, "calendars");
        this.assignments = b.assignments;
        this.alerts = b.alerts;
        this.rules = b.rules;
        this.reads = EscalationInputs.of(rules);
        this.remembering = b.remembering;
        this.registrar = new ClaimSlaRegistrar(policies, calendars, assignments, repositories.clients());
        this.engine = RuleEngine.create(crm.clock());
        this.effects = new ClaimSlaEffects(repositories, Objects.requireNonNull(b.ladder, "ladder"), crm.clock());
    }

    /**
     * @param crm          the CRM whose use cases apply the effects
     * @param repositories the same repositories the CRM was built on (the sweep reads claims through them)
     */
    public static Builder builder(Crm crm, Repositories repositories) {
        return new Builder(crm, repositories);
    }

    /**
     * Evaluates every open claim at {@code at} and applies the escalation rules' effects. Pass the instant the
     * scheduler runs at (normally {@code crm.clock().instant()}): the use cases stamp changes with the CRM's clock.
     */
    public SlaSweepReport run(Instant at) {
        Pass pass = new Pass(crm.system("SLA sweep"), at, ++runs);
        Claims claims = repositories.claims();
        if (memos.isEmpty()) {
            // the first run (or one without the memo): every claim must be restored anyway, so skip the stamps
            claims.forEachOpen(pass::look);
        } else {
            claims.forEachOpenStamp(pass::look);
        }
        memos.values().removeIf(memo -> memo.seenInRun != pass.run); // closed (or gone) since: nothing to watch
        return new SlaSweepReport(at, pass.open, pass.uncovered, pass.actions, pass.failures);
    }

    /** One run: what it saw and did. */
    private final class Pass {
        final CrmSession system;
        final Instant at;
        final long run;
        final List<UUID> uncovered = new ArrayList<>();
        final List<SlaAction> actions = new ArrayList<>();
        final List<SlaSweepReport.Failure> failures = new ArrayList<>();
        int open;

        Pass(CrmSession system, Instant at, long run) {
            this.system = system;
            this.at = at;
            this.run = run;
        }

        /**
         * A claim known by its stamp: restored only if its memo cannot vouch that nothing about it is due (a claim
         * whose memo holds is unchanged since the look that built the memo, and its states stand until later).
         */
        void look(ClaimId id, long version, int historyLength) {
            ClaimSlaMemo memo = memos.get(id);
            if (memo != null && reads != EscalationInputs.ANYTHING && memo.holds(version, historyLength, at)) {
                open++;
                memo.seenInRun = run;
                return;
            }
            repositories.claims().find(id).filter(Claim::isOpen).ifPresent(this::look);
        }

        void look(Claim claim) {
            open++;
            try {
                Optional<ClaimSlaEvaluation> due = dueAt(claim, at, run);
                if (due.isPresent() && due.get().needsAttention()) {
                    act(system, claim, due.get(), at, actions);
                }
            } catch (NoSlaPolicy e) {
                uncovered.add(claim.id().value());
            } catch (DomainException e) {
                memos.remove(claim.id()); // so that the next run tries it again
                failures.add(new SlaSweepReport.Failure(claim.id().value(), e.code(), e.getMessage()));
            } catch (RuntimeException | Error e) {
                memos.remove(claim.id());
                throw e;
            }
        }
    }

    /**
     * Where the claim stands at {@code at}, if the escalation rules could see anything new about it since this
     * sweep last looked: the first look, a changed claim, a milestone state that changed (or, for rules reading it,
     * a new consumed percent), or any claim at WARNING or VIOLATED when the rules read what the claim does not
     * track. Empty when nothing about the claim is due. A claim without an SLA assignment is assigned first, as
     * {@link #run} does.
     *
     * <p>The common case, a claim whose states cannot have changed, costs a memo look-up and a few comparisons and
     * allocates nothing; otherwise the claim is recomputed exactly as {@link #evaluate} does. One caller at a
     * time, like {@link #run}: the memo of a claim is not guarded against two threads looking at it at once.
     *
     * @throws NoSlaPolicy     if no policy covers the claim
     * @throws UnknownCalendar if its policy names a calendar that is not registered
     */
    public Optional<ClaimSlaEvaluation> dueAt(Claim claim, Instant at) {
        return dueAt(claim, at, runs);
    }

    private Optional<ClaimSlaEvaluation> dueAt(Claim claim, Instant at, long run) {
        ClaimSlaMemo memo = memos.get(claim.id());
        if (memo == null) {
            memo = new ClaimSlaMemo(termsOf(registrar.assign(claim)));
            if (remembering) {
                memos.put(claim.id(), memo);
            }
        }
        memo.seenInRun = run;
        if (memo.holds(claim, at) && reads != EscalationInputs.ANYTHING) {
            return Optional.empty();
        }
        ClaimSlaClocks.Reading clocks = ClaimSlaClocks.read(claim.history(), memo.terms.calendar, at);
        ClaimSlaEvaluation fresh = evaluation(claim, memo.terms, at, clocks);
        boolean changed = memo.update(claim, at, fresh, clocks, reads == EscalationInputs.PERCENT);
        return changed || !remembering || (reads == EscalationInputs.ANYTHING && fresh.needsAttention())
                ? Optional.of(fresh) : Optional.empty();
    }

    /**
     * Where a claim stands against its SLA at {@code at}: a pure function of the claim, its assignment and the
     * calendar (nothing is stored or published).
     *
     * @throws ClaimNotUnderSla if the claim has no SLA assignment
     */
    public ClaimSlaEvaluation evaluate(Claim claim, Instant at) {
        ClaimSlaAssignment assignment = assignments.find(claim.id()).orElseThrow(() -> new ClaimNotUnderSla(claim.id()));
        SlaTerms policy = termsOf(assignment);
        return evaluation(claim, policy, at, ClaimSlaClocks.read(claim.history(), policy.calendar, at));
    }

    /** The remembered look at a claim, for tests; null if none. */
    ClaimSlaMemo memoOf(ClaimId claim) {
        return memos.get(claim);
    }

    private static ClaimSlaEvaluation evaluation(Claim claim, SlaTerms policy, Instant at,
                                                 ClaimSlaClocks.Reading clocks) {
        return new ClaimSlaEvaluation(claim, policy, at, clocks.responseNanos(), clocks.resolutionNanos(),
                policy.stateOf(Milestone.FIRST_RESPONSE, clocks.responseNanos(), clocks.responded()),
                policy.stateOf(Milestone.RESOLUTION, clocks.resolutionNanos(), clocks.resolved()));
    }

    private void act(CrmSession system, Claim claim, ClaimSlaEvaluation evaluation, Instant at,
                     List<SlaAction> actions) {
        for (Milestone milestone : Milestone.values()) {
            MilestoneState state = evaluation.state(milestone);
            if (!ClaimSlaEvaluation.alerting(state)) {
                continue;
            }
            Claim current = repositories.claims().get(claim.id());
            if (!current.isOpen()) {
                return;
            }
            ClaimSlaFacts facts = factsOf(current, milestone, state, evaluation.consumedPercent(milestone));
            Evaluation decided = engine.evaluate(rules, facts, Occasion.timer(ClaimSlaFacts.SWEEP_TIMER));
            for (Rule rule : decided.matchedRules()) {
                SlaAlert alert = SlaAlert.forClaim(claim.id(), milestone, state, rule.id());
                if (alerts.wasRaised(alert)) {
                    continue;
                }
                effects.apply(system, alert, milestone, state, rule, evaluation.status(milestone), evaluation.calendar(), actions);
                alerts.record(alert, at);
            }
        }
    }

    private ClaimSlaFacts factsOf(Claim claim, Milestone milestone, MilestoneState state, int percent) {
        String segment = repositories.clients().find(claim.client()).flatMap(c -> c.segment())
                .map(s -> s.value()).orElse(null);
        return new ClaimSlaFacts(milestone, state, percent, claim.severity(), claim.category().value(), segment,
                claim.escalationLevel(), claim.status(), claim.waitingFor().orElse(null), claim.assignee().isPresent());
    }

    private SlaTerms termsOf(ClaimSlaAssignment assignment) {
        SlaTerms known = terms.get(assignment.policy());
        if (known != null) {
            return known;
        }
        SlaPolicy policy = policies.byRef(assignment.policy())
                .orElseThrow(() -> new IllegalStateException("SLA policy " + assignment.policy() + " is assigned to "
                        + assignment.claim() + " but missing from the policies: versions must never be removed"));
        return terms.computeIfAbsent(assignment.policy(),
                ref -> new SlaTerms(policy, calendars.get(assignment.calendarName())));
    }

    /** Configures a sweep; the ladder is required, the rest has defaults. */
    public static final class Builder {
        private final Crm crm;
        private final Repositories repositories;
        private SlaPolicies policies;
        private SlaCalendars calendars;
        private ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
        private RaisedAlerts alerts = RaisedAlerts.inMemory();
        private EscalationLadder ladder;
        private RuleSet<ClaimSlaFacts> rules = SlaEscalationRules.standard();
        private boolean remembering = true;

        private Builder(Crm crm, Repositories repositories) {
            this.crm = crm;
            this.repositories = repositories;
        }

        public Builder policies(SlaPolicies policies) {
            this.policies = policies;
            return this;
        }

        public Builder calendars(SlaCalendars calendars) {
            this.calendars = calendars;
            return this;
        }

        public Builder assignments(ClaimSlaAssignments assignments) {
            this.assignments = Objects.requireNonNull(assignments, "assignments");
            return this;
        }

        public Builder alerts(RaisedAlerts alerts) {
            this.alerts = Objects.requireNonNull(alerts, "alerts");
            return this;
        }

        public Builder ladder(EscalationLadder ladder) {
            this.ladder = ladder;
            return this;
        }

        /** The escalation rules (Java or {@code RuleSetJson.read(json, ClaimSlaFacts.SCHEMA)}); default: standard. */
        public Builder rules(RuleSet<ClaimSlaFacts> rules) {
            this.rules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** Without the memo every run recomputes and re-checks every claim: the reference the memo is tested against. */
        Builder remembering(boolean remembering) {
            this.remembering = remembering;
            return this;
        }

        public SlaSweep build() {
            return new SlaSweep(this);
        }
    }
}
