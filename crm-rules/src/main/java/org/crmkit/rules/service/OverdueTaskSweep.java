package org.crmkit.rules.service;

import static org.crmkit.rules.Conditions.field;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.Task;
import org.crmkit.rules.Combination;
import org.crmkit.rules.Conditions;
import org.crmkit.rules.Effect;
import org.crmkit.rules.Occasion;
import org.crmkit.rules.Rule;
import org.crmkit.rules.RuleEngine;
import org.crmkit.rules.RuleSet;
import org.crmkit.rules.Trigger;
import org.crmkit.rules.calendar.BusinessCalendar;

/**
 * Overdue tasks escalate like claims: {@link #run(Instant)} looks at every open task past its due time, in a
 * system context, and applies what a {@code PRIORITY} rule set over {@link OverdueTaskFacts} asks for:
 * {@code Emit("task.notify", {to: "head" | "assignee"})} publishes a {@link TaskOverdue};
 * {@code Emit("task.raise-priority")} makes the task one step more urgent. Idempotent like the {@link SlaSweep}:
 * each rule acts once per task and due time (a rescheduled task that is late again is a new occasion).
 */
public final class OverdueTaskSweep {
    static final String NOTIFY = "task.notify";
    static final String RAISE_PRIORITY = "task.raise-priority";

    private final Crm crm;
    private final Repositories repositories;
    private final BusinessCalendar calendar;
    private final RuleSet<OverdueTaskFacts> rules;
    private final RaisedAlerts alerts;
    private final RuleEngine engine;

    public OverdueTaskSweep(Crm crm, Repositories repositories, BusinessCalendar calendar,
                            RuleSet<OverdueTaskFacts> rules, RaisedAlerts alerts) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.repositories = Objects.requireNonNull(repositories, "repositories");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.engine = RuleEngine.create(crm.clock());
    }

    /**
     * The standard rules: a task a business day (8 h) or more overdue becomes more urgent and the head of the
     * assignee's department is told; any overdue task reminds its assignee.
     */
    public static RuleSet<OverdueTaskFacts> standardRules() {
        Trigger sweep = Trigger.onTimer(OverdueTaskFacts.SWEEP_TIMER);
        return RuleSet.builder("crmkit:task.overdue", OverdueTaskFacts.SCHEMA).combine(Combination.PRIORITY)
                .add(Rule.define("crmkit:task.overdue-a-day").priority(10).on(sweep)
                                .when(field("overdueHours").gte(8))
                                .then(new Effect.Emit(RAISE_PRIORITY, Map.of()), new Effect.Emit(NOTIFY, Map.of("to", "head")))
                                .build(),
                        Rule.define("crmkit:task.overdue").priority(0).on(sweep).when(Conditions.always())
                                .then(new Effect.Emit(NOTIFY, Map.of("to", "assignee")))
                                .build())
                .build();
    }

    public SlaSweepReport run(Instant at) {
        CrmSession system = crm.system("Overdue task sweep");
        List<SlaAction> actions = new ArrayList<>();
        List<SlaSweepReport.Failure> failures = new ArrayList<>();
        List<Task> open = repositories.tasks().open();
        for (Task task : open) {
            if (!task.isOverdueAt(at)) {
                continue;
            }
            try {
                act(system, task, at, actions);
            } catch (DomainException e) {
                failures.add(new SlaSweepReport.Failure(task.id().value(), e.code(), e.getMessage()));
            }
        }
        return new SlaSweepReport(at, open.size(), List.of(), actions, failures);
    }

    private void act(CrmSession system, Task task, Instant at, List<SlaAction> actions) {
        Instant due = task.due().orElseThrow();
        Duration overdue = calendar.between(due, at);
        OverdueTaskFacts facts = new OverdueTaskFacts(overdue.toHours(), task.priority(), task.status(),
                task.isRouted(), task.link().claim() != null);
        for (Rule rule : engine.evaluate(rules, facts, Occasion.timer(OverdueTaskFacts.SWEEP_TIMER)).matchedRules()) {
            SlaAlert alert = SlaAlert.forOverdueTask(task.id(), due, rule.id());
            if (alerts.wasRaised(alert)) {
                continue;
            }
            for (Effect effect : rule.effects()) {
                if (effect instanceof Effect.Emit emit && emit.eventType().equals(RAISE_PRIORITY)) {
                    Priority current = repositories.tasks().get(task.id()).priority();
                    if (current != Priority.URGENT) {
                        Priority raised = Priority.values()[current.ordinal() + 1];
                        system.tasks().changePriority(task.id(), raised);
                        actions.add(action(task, rule, SlaAction.Kind.PRIORITY_RAISED, current + " → " + raised));
                    }
                }
            }
            for (Effect effect : rule.effects()) {
                if (effect instanceof Effect.Emit emit && emit.eventType().equals(NOTIFY)) {
                    EmployeeId recipient = "head".equals(emit.payload().get("to"))
                            ? headAbove(task).orElse(task.assignee()) : task.assignee();
                    system.publish(new TaskOverdue(task.id(), task.assignee(), recipient, due, overdue,
                            rule.id().toString(), system.actor().employee(), crm.clock().instant()));
                    actions.add(action(task, rule, SlaAction.Kind.NOTIFIED, "to " + recipient));
                }
            }
            alerts.record(alert, at);
        }
    }

    /** The head of the assignee's department, or of the department above if the assignee heads it. */
    private Optional<EmployeeId> headAbove(Task task) {
        Optional<Department> department = repositories.departments().find(task.department());
        while (department.isPresent()) {
            Optional<EmployeeId> head = department.get().head();
            if (head.isPresent() && !head.get().equals(task.assignee())) {
                return head;
            }
            department = department.get().parent().flatMap(repositories.departments()::find);
        }
        return Optional.empty();
    }

    private static SlaAction action(Task task, Rule rule, SlaAction.Kind kind, String detail) {
        return new SlaAction(task.id().value(), null, null, rule.id(), kind, detail);
    }
}
