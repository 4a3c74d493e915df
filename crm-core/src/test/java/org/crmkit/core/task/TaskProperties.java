package org.crmkit.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.core.task.TaskStatus.BLOCKED;
import static org.crmkit.core.task.TaskStatus.DONE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;

/** Random sequences of task commands, valid and invalid, on tasks with and without routes, never break a task. */
class TaskProperties {

    /** The task under test, the clock of the run, and what the invariants must remember between steps. */
    static final class Run {
        final Task task;
        Instant now = TaskFixtures.T0;
        int delegationsSeen;

        Run(int routeSteps) {
            Stamp created = Stamp.of(TaskFixtures.MANAGER, now);
            task = routeSteps == 0
                    ? Task.create(TaskId.newId(), "Call back", null, TaskFixtures.ANNA, TaskFixtures.SALES,
                            TaskFixtures.DUE, Priority.NORMAL, null, created)
                    : Task.createWithRoute(TaskId.newId(), "Approve", null,
                            TaskFixtures.contractApproval().subList(0, routeSteps), TaskFixtures.DUE,
                            Priority.NORMAL, null, created);
        }

        Stamp stamp(EmployeeId by) {
            now = now.plus(Duration.ofMinutes(11));
            return Stamp.of(by, now);
        }

        /** Runs a command; if the task refuses it, the task must be exactly as before and have raised nothing. */
        void attempt(Consumer<Task> command) {
            Task.Snapshot before = task.snapshot();
            int events = task.pendingEvents().size();
            try {
                command.accept(task);
                assertThat(task.pendingEvents()).hasSizeGreaterThan(events);
            } catch (DomainException refused) {
                assertThat(task.snapshot()).isEqualTo(before);
                assertThat(task.pendingEvents()).hasSize(events);
            }
        }

        @Override
        public String toString() {
            return task.status() + (task.isRouted() ? " routed" : "");
        }
    }

    private static final List<EmployeeId> STAFF = List.of(TaskFixtures.ANNA, TaskFixtures.BORIS, TaskFixtures.VERA);
    private static final List<DepartmentId> DEPARTMENTS = List.of(TaskFixtures.SALES, TaskFixtures.LEGAL,
            TaskFixtures.FINANCE);

    @Property(tries = 200)
    void no_command_sequence_breaks_a_task(@ForAll("taskLifecycles") ActionChain<Run> chain) {
        Run end = chain.withInvariant("task invariants", TaskProperties::invariantsHold).run();
        Statistics.label("final status").collect(end.toString());
    }

    @Provide
    Arbitrary<ActionChain<Run>> taskLifecycles() {
        return Arbitraries.integers().between(0, 3).flatMap(steps -> ActionChain.startWith(() -> new Run(steps))
                .withAction(2, command("start", Arbitraries.just(0), (run, x) -> t -> t.start(run.stamp(staff(x)))))
                .withAction(command("block", reasons(), (run, reason) -> t -> t.block(reason, run.stamp(staff(0)))))
                .withAction(command("unblock", Arbitraries.just(0), (run, x) -> t -> t.unblock(run.stamp(staff(0)))))
                .withAction(command("delegateTo", Arbitraries.integers().between(0, 2).flatMap(who ->
                                reasons().map(reason -> new Delegate(who, reason))),
                        (run, to) -> t -> t.delegateTo(staff(to.who()), DEPARTMENTS.get(to.who()), to.reason(),
                                run.stamp(staff(1)))))
                .withAction(3, command("completeStep", Arbitraries.of("done", " ").injectNull(0.3),
                        (run, note) -> t -> t.completeStep(note, run.stamp(t.assignee()))))
                .withAction(command("complete", Arbitraries.just(0), (run, x) -> t -> t.complete(run.stamp(staff(0)))))
                .withAction(command("cancel", reasons(), (run, reason) -> t -> t.cancel(reason, run.stamp(staff(2)))))
                .withAction(command("reschedule", Arbitraries.integers().between(-48, 48),
                        (run, hours) -> t -> t.reschedule(TaskFixtures.DUE.plus(Duration.ofHours(hours)),
                                run.stamp(staff(0)))))
                .withAction(command("changePriority", Arbitraries.of(Priority.class),
                        (run, priority) -> t -> t.changePriority(priority, run.stamp(staff(0)))))
                .withMaxTransformations(30));
    }

    private record Delegate(int who, String reason) {
    }

    private interface Command<T> {
        Consumer<Task> on(Run run, T argument);
    }

    private static <T> Action.Independent<Run> command(String name, Arbitrary<T> arguments, Command<T> command) {
        return new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<Run>> transformer() {
                return arguments.map(argument -> Transformer.mutate(name + "(" + argument + ")",
                        run -> run.attempt(command.on(run, argument))));
            }
        };
    }

    private static Arbitrary<String> reasons() {
        return Arbitraries.of("", "  ", "because").injectNull(0.15);
    }

    private static EmployeeId staff(int index) {
        return STAFF.get(index % STAFF.size());
    }

    private static void invariantsHold(Run run) {
        Task task = run.task;
        List<TaskStatusChange> history = task.history();

        assertThat(history.get(0).from()).isNull();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
        }
        assertThat(history.get(history.size() - 1).to()).isEqualTo(task.status());
        assertThat(task.blockedReason().isPresent()).isEqualTo(task.status() == BLOCKED);

        List<RouteStep> route = task.route();
        int done = (int) route.stream().filter(RouteStep::isDone).count();
        for (int i = 0; i < route.size(); i++) {
            assertThat(route.get(i).index()).isEqualTo(i);
            // Steps are done in turn: the done ones are exactly the first ones, in time order.
            assertThat(route.get(i).isDone()).isEqualTo(i < done);
            if (i > 0 && route.get(i).isDone()) {
                assertThat(route.get(i).doneAt()).isAfterOrEqualTo(route.get(i - 1).doneAt());
            }
        }
        if (task.isRouted()) {
            assertThat(done == route.size()).isEqualTo(task.status() == DONE);
            task.currentStep().ifPresent(step -> {
                assertThat(task.assignee()).isEqualTo(step.responsible());
                assertThat(task.department()).isEqualTo(step.department());
            });
        }

        assertThat(task.delegations()).hasSizeGreaterThanOrEqualTo(run.delegationsSeen);
        run.delegationsSeen = task.delegations().size();
        task.delegations().forEach(d -> assertThat(d.to()).isNotEqualTo(d.from()));
        if (!task.delegations().isEmpty() && !task.isRouted()) {
            assertThat(task.assignee()).isEqualTo(task.delegations().get(task.delegations().size() - 1).to());
        }

        assertThat(task.owner()).isEqualTo(task.assignee());
        if (!task.isOpen()) {
            assertThat(task.isOverdueAt(run.now.plus(Duration.ofDays(365)))).isFalse();
        }
        assertThat(Task.restore(task.snapshot(), task.version()).snapshot()).isEqualTo(task.snapshot());
    }
}
