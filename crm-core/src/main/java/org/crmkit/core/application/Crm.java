package org.crmkit.core.application;

import java.time.Clock;
import java.util.List;

import org.crmkit.core.claim.ClaimTransitionGuard;
import org.crmkit.core.task.TaskTransitionGuard;
import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessPolicy;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.Shares;
import org.crmkit.core.application.internal.CommandValidator;
import org.crmkit.core.application.internal.EventDispatcher;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PhoneNumberParser;

/**
 * The one entry point of CRMKit. Build it from its ports ({@link #builder()}) or take the embedded in-memory
 * default ({@link #inMemory()}); then act as an employee with {@link #as(EmployeeId)}. Every use case runs in
 * such a session and checks access before it acts; trusted jobs use {@link #system(String)}, which is audited.
 * Thread-safe: sessions may be used from many threads.
 */
public final class Crm {
    private final Repositories repositories;
    private final Clock clock;
    private final AccessPolicy accessPolicy;
    private final AccessAudit accessAudit;
    private final Shares shares;
    private final StageGate stageGate;
    private final ClaimTransitionGuard claimGuard;
    private final TaskTransitionGuard taskGuard;
    private final Transactions transactions;
    private final Outbox outbox;
    private final PhoneNumberParser phones;
    private final CommandValidator validator;
    private final EventDispatcher dispatcher;

    Crm(Repositories repositories, Clock clock, AccessPolicy accessPolicy, AccessAudit accessAudit, Shares shares,
        StageGate stageGate, ClaimTransitionGuard claimGuard, TaskTransitionGuard taskGuard,
        Transactions transactions, Outbox outbox, PhoneNumberParser phones, List<DomainEventListener> listeners) {
        this.repositories = repositories;
        this.clock = clock;
        this.accessPolicy = accessPolicy;
        this.shares = shares;
        this.accessAudit = accessAudit;
        this.stageGate = stageGate;
        this.claimGuard = claimGuard;
        this.taskGuard = taskGuard;
        this.transactions = transactions;
        this.outbox = outbox;
        this.phones = phones;
        this.validator = new CommandValidator(clock);
        this.dispatcher = new EventDispatcher(listeners);
    }

    public static CrmBuilder builder() {
        return new CrmBuilder();
    }

    /** A working CRM in memory, with the standard user classes and pipeline. */
    public static Crm inMemory() {
        return builder().build();
    }

    /**
     * A session acting as the given employee, with the roles and department they hold now.
     *
     * @throws org.crmkit.core.shared.RecordNotFound if there is no such employee
     * @throws org.crmkit.core.organisation.EmployeeAlreadyDismissed if they have left
     */
    public CrmSession as(EmployeeId employeeId) {
        Employee employee = repositories.employees().get(employeeId);
        employee.requireActive();
        Actor actor = new Actor(employee.id(), employee.department(), employee.roles());
        return new CrmSession(context(actor, null), stageGate, claimGuard, taskGuard, phones);
    }

    /**
     * A system context for trusted jobs (imports, SLA sweeps): it passes every access check, and each check
     * is written to the access audit with this reason.
     */
    public CrmSession system(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SystemContextNeedsReason();
        }
        Actor actor = new Actor(EmployeeId.SYSTEM, org.crmkit.core.shared.DepartmentId.SYSTEM, java.util.Set.of());
        return new CrmSession(context(actor, reason.strip()), stageGate, claimGuard, taskGuard, phones);
    }

    public Clock clock() {
        return clock;
    }

    private SessionContext context(Actor actor, String systemReason) {
        return new SessionContext(repositories, clock, actor, systemReason, accessPolicy, accessAudit, shares, validator,
                transactions, outbox, dispatcher);
    }

    /** A system context was asked for without saying why. */
    public static final class SystemContextNeedsReason extends DomainException {
        SystemContextNeedsReason() {
            super("system-context.reason", "a system context needs a reason (it is audited)",
                    "для системного контекста нужна причина (она попадает в аудит)");
        }
    }

}
