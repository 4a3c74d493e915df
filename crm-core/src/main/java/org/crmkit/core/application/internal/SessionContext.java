package org.crmkit.core.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.AccessDenied;
import org.crmkit.core.access.AccessPolicy;
import org.crmkit.core.access.Actor;
import org.crmkit.core.access.ActorAccess;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.FieldPolicy;
import org.crmkit.core.access.FieldTag;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.RoleBasedAccessPolicy;
import org.crmkit.core.access.Shares;
import org.crmkit.core.application.CompanyAccessPolicy;
import org.crmkit.core.access.Visibility;
import org.crmkit.core.application.Outbox;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.Transactions;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.RecordNotFound;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.Repository;
import org.crmkit.core.shared.Stamp;

/**
 * Everything a use case needs, bound to one acting employee: the ports, the clock, validation, and the access
 * guard that every use case must pass before it acts. A system context (trusted jobs) passes every check but
 * leaves an audit entry with its stated reason for each.
 */
public final class SessionContext {
    private final Repositories repositories;
    private final Clock clock;
    private final Actor actor;
    private final String systemReason;
    private final AccessPolicy policy;
    private final AccessAudit audit;
    private final Shares shares;
    private final CommandValidator validator;
    private final Transactions transactions;
    private final Outbox outbox;
    private final EventDispatcher dispatcher;
    private final ThreadLocal<List<DomainEvent>> unitOfWork = new ThreadLocal<>();
    /** The actor bound to the company policy it was bound to (see {@link #checks}); replaced as a whole. */
    private volatile Binding binding;

    private record Binding(RoleBasedAccessPolicy policy, ActorAccess access) {
    }

    public SessionContext(Repositories repositories, Clock clock, Actor actor, String systemReason,
                          AccessPolicy policy, AccessAudit audit, Shares shares, CommandValidator validator,
                          Transactions transactions, Outbox outbox, EventDispatcher dispatcher) {
        this.repositories = repositories;
        this.clock = clock;
        this.actor = actor;
        this.systemReason = systemReason;
        this.policy = policy;
        this.audit = audit;
        this.shares = shares;
        this.validator = validator;
        this.transactions = transactions;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    public Repositories repositories() {
        return repositories;
    }

    public AccessPolicy policy() {
        return policy;
    }

    public AccessAudit audit() {
        return audit;
    }

    public Shares shares() {
        return shares;
    }

    /** Tells the access policy that departments changed, so that tree scopes follow the new structure. */
    public void structureChanged() {
        if (policy instanceof CompanyAccessPolicy company) {
            company.structureChanged();
        }
    }

    public Actor actor() {
        return actor;
    }

    public boolean isSystem() {
        return systemReason != null;
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Who answers for a record the session creates about a client: the acting employee; in a system context
     * (an import has no employee of flesh and blood) the client's owner.
     */
    public org.crmkit.core.organisation.Employee responsibleFor(org.crmkit.core.shared.Accountable client) {
        var employees = repositories.employees();
        var employee = employees.get(isSystem() ? client.owner() : actor.employee());
        employee.requireActive();
        return employee;
    }

    /**
     * What access control sees of a stored record of one of the core resources (client, contact, deal, claim,
     * task, interaction).
     */
    public ProtectedRecord storedRecord(Resource resource, UUID id) {
        return switch (resource.name()) {
            case "client" -> ProtectedRecords.of(repositories.clients().get(new ClientId(id)));
            case "contact" -> ProtectedRecords.of(repositories.contacts().get(new ContactId(id)));
            case "deal" -> ProtectedRecords.of(repositories.deals().get(new DealId(id)));
            case "claim" -> ProtectedRecords.of(repositories.claims().get(new ClaimId(id)));
            case "task" -> ProtectedRecords.of(repositories.tasks().get(new TaskId(id)));
            case "interaction" -> ProtectedRecords.of(repositories.interactions().get(new InteractionId(id)));
            default -> throw new RecordNotFound(resource.name(), id);
        };
    }

    /** Who is acting, and now. */
    public Stamp stamp() {
        return Stamp.of(actor.employee(), clock.instant());
    }

    public <C> C validate(C command) {
        return validator.validate(command);
    }

    /** Starts collecting the problems of a command with its Bean Validation violations. */
    public Checks check(Object command) {
        return new Checks(command.getClass().getSimpleName(), validator.violationsOf(command));
    }

    /** Throws {@link AccessDenied} (and audits the denial) unless the actor may do this to this record. */
    public Decision require(Permission permission, ProtectedRecord record) {
        if (isSystem()) {
            auditSystem(permission, record.resource(), record.id());
            return Decision.systemContext(permission);
        }
        Decision decision = policy instanceof CompanyAccessPolicy company
                ? checks(company, record).decide(permission, record)
                : policy.decide(actor, permission, record);
        if (!decision.allowed()) {
            audit.record(AccessAuditEntry.denial(now(), actor, permission, record.id(), decision));
            throw new AccessDenied(decision);
        }
        return decision;
    }

    /** Throws {@link AccessDenied} unless the actor may use this function at all (reports, creating records). */
    public Decision require(Permission permission) {
        if (isSystem()) {
            auditSystem(permission, permission.resource(), null);
            return Decision.systemContext(permission);
        }
        Decision decision = policy instanceof CompanyAccessPolicy company
                ? checks(company, null).decide(permission)
                : policy.decide(actor, permission);
        if (!decision.allowed()) {
            audit.record(AccessAuditEntry.denial(now(), actor, permission, null, decision));
            throw new AccessDenied(decision);
        }
        return decision;
    }

    /** The filter a repository applies while reading a list. */
    public RecordFilter filter(Permission permission) {
        if (isSystem()) {
            return RecordFilter.EVERYTHING;
        }
        return policy instanceof CompanyAccessPolicy company
                ? checks(company, null).filter(permission)
                : policy.filter(actor, permission);
    }

    /**
     * The actor bound to the policy the company decides with now, so that the session's checks skip looking up
     * the actor's role set each time; bound again when the company rebuilds its policy (the structure changed).
     * Answers exactly what {@code company.decide(actor, ...)} would.
     */
    private ActorAccess checks(CompanyAccessPolicy company, ProtectedRecord record) {
        RoleBasedAccessPolicy current = company.current(actor, record);
        Binding b = binding;
        if (b == null || b.policy() != current) {
            b = new Binding(current, current.bind(actor));
            binding = b;
        }
        return b.access();
    }

    /** How this actor sees the tagged fields of a resource; a system context sees everything. */
    public FieldPolicy fields(Resource resource) {
        if (isSystem()) {
            return tag -> Visibility.VISIBLE;
        }
        return policy.fields(actor, resource);
    }

    /** Notes that personal data of a record was shown unmasked to the actor. */
    public void personalDataRead(Permission read, UUID recordId, Decision readDecision, FieldPolicy fields) {
        if (!isSystem() && fields.visibility(FieldTag.PERSONAL_DATA) == Visibility.VISIBLE) {
            audit.record(AccessAuditEntry.personalDataRead(now(), actor, read, recordId, readDecision));
        }
    }

    /** Saves the aggregate and keeps its events for the outbox and, after the unit of work, the listeners. */
    public <A extends AggregateRoot<I>, I> void store(Repository<A, I> repository, A aggregate) {
        List<DomainEvent> events = aggregate.pendingEvents();
        repository.save(aggregate);
        aggregate.pullEvents();
        List<DomainEvent> collected = unitOfWork.get();
        if (collected != null) {
            collected.addAll(events);
        } else {
            outbox.append(events);
            dispatcher.dispatch(events);
        }
    }

    /**
     * Publishes an event that no core aggregate raised (e.g. an SLA warning decided by crm-rules) exactly like
     * aggregate events: to the outbox inside the unit of work, to the listeners after it.
     */
    public void publish(DomainEvent event) {
        java.util.Objects.requireNonNull(event, "event");
        List<DomainEvent> collected = unitOfWork.get();
        if (collected != null) {
            collected.add(event);
        } else {
            run(() -> unitOfWork.get().add(event));
        }
    }

    /**
     * The shape every changing use case shares: load the aggregate, check the permission on it, apply the change,
     * store it — as one unit of work. A refused check or a refused change stores nothing.
     */
    public <A extends AggregateRoot<I>, I> void change(Repository<A, I> repository, I id, Permission permission,
                                                       java.util.function.Function<A, ProtectedRecord> protect,
                                                       java.util.function.BiConsumer<A, Stamp> change) {
        run(() -> {
            A aggregate = repository.get(id);
            require(permission, protect.apply(aggregate));
            change.accept(aggregate, stamp());
            store(repository, aggregate);
        });
    }

    /**
     * Runs one use case as one unit of work: in a transaction, with its events appended to the outbox inside
     * it and handed to listeners only after it committed.
     */
    public <T> T run(Supplier<T> work) {
        if (unitOfWork.get() != null) {
            return work.get();
        }
        List<DomainEvent> events = new ArrayList<>();
        unitOfWork.set(events);
        T result;
        try {
            result = transactions.inTransaction(() -> {
                events.clear();
                T value = work.get();
                outbox.append(List.copyOf(events));
                return value;
            });
        } finally {
            unitOfWork.remove();
        }
        dispatcher.dispatch(events);
        return result;
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    private void auditSystem(Permission permission, Resource resource, UUID recordId) {
        audit.record(AccessAuditEntry.systemContext(now(), actor.employee(), permission, recordId, systemReason));
    }
}
