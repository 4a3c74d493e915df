package org.crmkit.rules.process.app;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.runtime.DeadlineCalendar;
import org.crmkit.rules.process.runtime.DecisionResolver;
import org.crmkit.rules.process.runtime.ProcessEnvironment;
import org.crmkit.rules.process.runtime.ProcessInstance;
import org.crmkit.rules.process.runtime.ProcessInstanceId;
import org.crmkit.rules.process.runtime.ProcessInstances;
import org.crmkit.rules.process.runtime.SubjectRef;
import org.crmkit.rules.process.runtime.WorkItem;

/**
 * Runs business processes on a {@link Crm}: starting a process for a client, deal or claim sets the first
 * step's task for an employee of the responsible role (chosen by the {@link RoleAssignment}), due when the step
 * is due; completing that task through {@link #completeStep} closes it and moves the run along the decision
 * taken, setting the next step's task, until the run reaches an end. The run's history says who did what when.
 *
 * <p>Tasks are created in the CRM's audited system context ({@code process <key>}); the task of a step is
 * completed in the completing employee's own session, so the CRM's access rules decide who may complete it.
 *
 * <p>Everything that can refuse a move is checked before the first write: an unknown or unsound process, a
 * subject the starter may not read, an outcome no branch has, a role nobody holds, a task the employee may not
 * complete. A refused move changes nothing. (The CRM API offers no transaction spanning several use cases, so
 * a failure of the store itself between closing one task and saving the run — e.g. the database going away —
 * can leave the task closed with the run not moved on.)
 */
public final class ProcessRunner {
    private final Crm crm;
    private final ProcessCatalog catalog;
    private final ProcessInstances instances;
    private final RoleAssignment assignment;
    private final ProcessEnvironment environment;
    private final DomainEventListener listener;

    private ProcessRunner(Builder builder) {
        this.crm = builder.crm;
        this.catalog = Objects.requireNonNull(builder.catalog, "a process runner needs a catalog");
        this.instances = builder.instances != null ? builder.instances : ProcessInstances.inMemory();
        this.assignment = builder.assignment != null ? builder.assignment : RoleAssignment.leastLoaded(crm);
        this.environment = new ProcessEnvironment(catalog, builder.decisions, builder.calendar);
        this.listener = builder.listener;
    }

    public static Builder builder(Crm crm) {
        return new Builder(crm);
    }

    /**
     * Starts a run of the catalog's current version of {@code process} for {@code subject}, on behalf of
     * {@code startedBy}, and hands out its first step.
     *
     * @throws ProcessNotInCatalog                                   if the catalog has no such process
     * @throws org.crmkit.rules.process.verify.UnsoundDefinition     with the verifier's report, if it is unsound
     * @throws org.crmkit.core.access.AccessDenied                   if the starter may not read the subject
     * @throws org.crmkit.core.shared.RecordNotFound                 if the subject or the starter does not exist
     * @throws NoEmployeeForRole                                     if nobody can take the first step
     */
    public RunProgress start(ProcessKey process, SubjectRef subject, EmployeeId startedBy) {
        ProcessDefinition definition = catalog.find(Objects.requireNonNull(process, "process"))
                .orElseThrow(() -> new ProcessNotInCatalog(process));
        ProcessInstance run = ProcessInstance.create(ProcessInstanceId.newId(), definition, subject, catalog);
        TaskLink link = SubjectLinks.linkOf(crm.as(startedBy), subject);
        Stamp stamp = Stamp.of(startedBy, crm.clock().instant());
        List<WorkItem> work = run.start(stamp, environment);
        return moveOn(run, work, link, stamp, Optional.empty(), () -> { });
    }

    /** Completes a step whose outcome decides nothing (the step is followed by no decision, or a resolver decides). */
    public RunProgress completeStep(TaskId task, EmployeeId by) {
        return complete(task, Optional.empty(), by);
    }

    /**
     * Completes the step handed out as {@code task} with the outcome {@code by} reached (e.g. {@code yes} to
     * "supplier at fault?"): closes the task in {@code by}'s session, moves the run along the branch taken and
     * hands out the next step, or finishes the run at an end.
     *
     * @throws NotAProcessTask                                    if no running process waits for this task
     * @throws org.crmkit.rules.process.runtime.UnknownOutcome    if the decision after the step has no such branch
     * @throws org.crmkit.core.access.AccessDenied                if {@code by} may not complete the task
     * @throws org.crmkit.core.task.IllegalTaskTransition         if the task cannot be completed (e.g. blocked)
     */
    public RunProgress completeStep(TaskId task, Outcome outcome, EmployeeId by) {
        return complete(task, Optional.of(Objects.requireNonNull(outcome, "outcome")), by);
    }

    private RunProgress complete(TaskId task, Optional<Outcome> outcome, EmployeeId by) {
        Objects.requireNonNull(task, "task");
        ProcessInstance run = instances.waitingFor(task).orElseThrow(() -> new NotAProcessTask(task));
        WorkItem done = run.workOf(task).orElseThrow(() -> new NotAProcessTask(task));
        CrmSession session = crm.as(by);
        Stamp stamp = Stamp.of(by, crm.clock().instant());
        List<WorkItem> next = run.completeStep(done.step(), outcome, stamp, environment);
        TaskLink link = next.isEmpty() ? null : SubjectLinks.linkOf(system(run), run.subject());
        return moveOn(run, next, link, stamp, Optional.of(task), () -> close(session, task));
    }

    /**
     * Chooses the assignees, then writes: the completed step's task (if any), the next tasks, the run. Choosing
     * first means a role nobody holds refuses the move before anything is written.
     */
    private RunProgress moveOn(ProcessInstance run, List<WorkItem> work, TaskLink link, Stamp stamp,
                               Optional<TaskId> completed, Runnable closeCompletedTask) {
        Set<TaskId> closing = completed.map(Set::of).orElse(Set.of());
        List<EmployeeId> assignees = work.stream().map(w -> assignment.choose(w.responsible(), w, closing)).toList();
        closeCompletedTask.run();
        List<HandedOutTask> handedOut = new ArrayList<>();
        CrmSession system = system(run);
        for (int i = 0; i < work.size(); i++) {
            WorkItem item = work.get(i);
            TaskId task = system.tasks().create(taskFor(run, item, assignees.get(i), link));
            run.assign(item.step(), task, assignees.get(i), stamp);
            handedOut.add(new HandedOutTask(item, task, assignees.get(i)));
        }
        instances.save(run);
        if (listener != null) {
            run.pullEvents().forEach(listener::on);
        }
        return new RunProgress(run.id(), handedOut, run.endReached());
    }

    /** A task set straight from the task list is NEW; completing its step counts as having started it. */
    private static void close(CrmSession session, TaskId task) {
        if (session.tasks().get(task).status() == TaskStatus.NEW) {
            session.tasks().start(task);
        }
        session.tasks().complete(task);
    }

    private static CreateTask taskFor(ProcessInstance run, WorkItem item, EmployeeId assignee, TaskLink link) {
        String description = "Step " + item.step() + " of process " + item.process() + " (run " + run.id() + ")";
        return new CreateTask(item.stepName(), description, assignee, item.due(), Priority.NORMAL, link.client(),
                link.deal(), link.claim(), List.of());
    }

    private CrmSession system(ProcessInstance run) {
        return crm.system("process " + run.processKey() + " run " + run.id());
    }

    /** The stored run, as it is now. */
    public ProcessInstance run(ProcessInstanceId id) {
        return instances.get(id);
    }

    /** The runs about a subject, oldest first. */
    public List<ProcessInstance> runsAbout(SubjectRef subject) {
        return instances.about(subject);
    }

    /** Assembles a runner; only the catalog is required. */
    public static final class Builder {
        private final Crm crm;
        private ProcessCatalog catalog;
        private ProcessInstances instances;
        private RoleAssignment assignment;
        private DecisionResolver decisions = DecisionResolver.none();
        private DeadlineCalendar calendar = DeadlineCalendar.weekdays(ZoneOffset.UTC);
        private DomainEventListener listener;

        private Builder(Crm crm) {
            this.crm = Objects.requireNonNull(crm, "crm");
        }

        /** Where processes are started from and subprocesses found. */
        public Builder catalog(ProcessCatalog processCatalog) {
            this.catalog = Objects.requireNonNull(processCatalog);
            return this;
        }

        /** Where runs are stored; in memory by default. */
        public Builder instances(ProcessInstances store) {
            this.instances = Objects.requireNonNull(store);
            return this;
        }

        /** Who gets each step; by default {@link RoleAssignment#leastLoaded}. */
        public Builder assignment(RoleAssignment strategy) {
            this.assignment = Objects.requireNonNull(strategy);
            return this;
        }

        /** The company's calendar for business-day deadlines; Monday to Friday in UTC by default. */
        public Builder calendar(BusinessCalendar businessCalendar) {
            return calendar(DeadlineCalendar.of(businessCalendar));
        }

        public Builder calendar(DeadlineCalendar deadlineCalendar) {
            this.calendar = Objects.requireNonNull(deadlineCalendar);
            return this;
        }

        /** Who decides a condition the completing employee gave no outcome for; nobody by default. */
        public Builder decisions(DecisionResolver resolver) {
            this.decisions = Objects.requireNonNull(resolver);
            return this;
        }

        /** Hears the runs' events ({@code ProcessStarted}, {@code ProcessStepAssigned}, ...) after each save. */
        public Builder listener(DomainEventListener eventListener) {
            this.listener = Objects.requireNonNull(eventListener);
            return this;
        }

        public ProcessRunner build() {
            return new ProcessRunner(this);
        }
    }
}
