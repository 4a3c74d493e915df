package org.crmkit.rules.routing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.Assignee;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Evaluation;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;

/**
 * Decides who gets a piece of work by the company's assignment rules: a {@code FIRST} rule set over
 * {@link RoutingRequest} (trigger {@code create}, a catch-all required) whose winning rule's {@link Effect.Assign}
 * names an employee, a department (its least loaded member), a role (its least loaded holder) or a strategy
 * ({@link AssignmentStrategies}, or the company's own registered with {@link Builder#strategy}). If the winner
 * finds nobody available, the router falls back to the least loaded member of the request's team, then its head.
 */
public final class TaskRouter {
    private final Repositories repositories;
    private final EmployeeProfiles profiles;
    private final RuleSet<RoutingRequest> rules;
    private final Map<String, AssignmentStrategy> strategies;
    private final RuleEngine engine;

    private TaskRouter(Builder b) {
        this.repositories = b.repositories;
        this.profiles = b.profiles;
        this.rules = Objects.requireNonNull(b.rules, "assignment rules");
        if (rules.combination() != Combination.FIRST) {
            throw new IllegalArgumentException("assignment rules combine FIRST (one winner), not " + rules.combination());
        }
        this.strategies = Map.copyOf(b.strategies);
        this.engine = RuleEngine.create(b.clock);
    }

    public static Builder builder(Repositories repositories, EmployeeProfiles profiles) {
        return new Builder(repositories, profiles);
    }

    /** @throws NoOneToAssign if nobody available is found */
    public RoutingDecision route(RoutingRequest request) {
        return route(request, Set.of());
    }

    /**
     * The same, never choosing one of {@code excluded} (e.g. whoever has the work now).
     *
     * @throws NoOneToAssign if nobody available is found
     */
    public RoutingDecision route(RoutingRequest request, Set<EmployeeId> excluded) {
        Workforce workforce = new Workforce(repositories, profiles, excluded);
        Evaluation evaluation = engine.evaluate(rules, request, Occasion.created());
        Rule winner = evaluation.matchedRules().get(0); // FIRST with a catch-all always has a winner
        for (Effect effect : winner.effects()) {
            if (effect instanceof Effect.Assign assign) {
                Optional<EmployeeId> chosen = resolve(assign.to(), request, workforce);
                if (chosen.isPresent()) {
                    return new RoutingDecision(chosen.get(), winner.id(), describe(assign.to()));
                }
            }
        }
        Optional<EmployeeId> fallback = request.team() == null ? Optional.empty()
                : workforce.leastLoaded(workforce.members(request.team())).or(() -> workforce.headOf(request.team()));
        return fallback.map(employee -> new RoutingDecision(employee, winner.id(), "fallback: least loaded of the team"))
                .orElseThrow(() -> new NoOneToAssign(request, winner.id() + " and the team fallback"));
    }

    /** Sets a task for whom the rules choose (the command's own assignee is replaced). */
    public TaskId create(CrmSession session, CreateTask command, RoutingRequest request) {
        RoutingDecision decision = route(request);
        return session.tasks().create(new CreateTask(command.title(), command.description(), decision.employee(),
                command.due(), command.priority(), command.client(), command.deal(), command.claim(), List.of()));
    }

    private Optional<EmployeeId> resolve(Assignee to, RoutingRequest request, Workforce workforce) {
        if (to instanceof Assignee.ToEmployee employee) {
            return Optional.of(employee.employee()).filter(workforce::isAvailable);
        }
        if (to instanceof Assignee.ToDepartment department) {
            return workforce.leastLoaded(workforce.members(department.department()));
        }
        if (to instanceof Assignee.ToRole role) {
            return workforce.leastLoaded(workforce.holding(role.role()));
        }
        String name = ((Assignee.ByStrategy) to).strategy();
        AssignmentStrategy strategy = strategies.get(name);
        if (strategy == null) {
            throw new IllegalStateException("no assignment strategy named '" + name + "' (known: "
                    + strategies.keySet() + ")");
        }
        return strategy.choose(request, workforce);
    }

    private static String describe(Assignee to) {
        if (to instanceof Assignee.ByStrategy strategy) {
            return "strategy " + strategy.strategy();
        }
        return to.toString();
    }

    /** Configures a router; the rules are required. */
    public static final class Builder {
        private final Repositories repositories;
        private final EmployeeProfiles profiles;
        private final Map<String, AssignmentStrategy> strategies = new HashMap<>(AssignmentStrategies.builtIns());
        private RuleSet<RoutingRequest> rules;
        private Clock clock = Clock.systemUTC();

        private Builder(Repositories repositories, EmployeeProfiles profiles) {
            this.repositories = Objects.requireNonNull(repositories, "repositories");
            this.profiles = Objects.requireNonNull(profiles, "profiles");
        }

        /** A {@code FIRST} rule set, in Java or {@code RuleSetJson.read(json, RoutingRequest.SCHEMA)}. */
        public Builder rules(RuleSet<RoutingRequest> rules) {
            this.rules = rules;
            return this;
        }

        /** The company's own strategy, or a replacement of a built-in one. */
        public Builder strategy(String name, AssignmentStrategy strategy) {
            strategies.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /** The clock rules read "today" from. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public TaskRouter build() {
            return new TaskRouter(this);
        }
    }
}
