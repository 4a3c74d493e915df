package org.crmkit.core.application.claims;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransitionGuard;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.GuardDecision;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TransitionBlocked;

/**
 * Service and claims: register, review, assign to the department that fixes it, involve a supplier, resolve or
 * reject, close, reopen, escalate. Every status move is also put to the company's {@link ClaimTransitionGuard}
 * before it is stored; a refusal throws {@link TransitionBlocked} and stores nothing.
 */
public final class ClaimUseCases {
    private static final Permission CREATE = Permission.of(Resource.CLAIM, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.CLAIM, Action.READ);
    private static final Permission UPDATE = Permission.of(Resource.CLAIM, Action.UPDATE);
    private static final Permission ASSIGN = Permission.of(Resource.CLAIM, Action.ASSIGN);
    private static final Permission CLIENT_READ = Permission.of(Resource.CLIENT, Action.READ);

    private final SessionContext session;
    private final ClaimTransitionGuard guard;

    public ClaimUseCases(SessionContext session) {
        this(session, ClaimTransitionGuard.ALLOW_ALL);
    }

    public ClaimUseCases(SessionContext session, ClaimTransitionGuard guard) {
        this.session = session;
        this.guard = java.util.Objects.requireNonNull(guard, "claim guard");
    }

    public ClaimId register(RegisterClaim command) {
        session.validate(command);
        return session.run(() -> {
            Client client = session.repositories().clients().get(command.client());
            session.require(CREATE);
            session.require(CLIENT_READ, ProtectedRecords.of(client));
            if (command.contact() != null) {
                session.repositories().contacts().get(command.contact());
            }
            if (command.deal() != null) {
                session.repositories().deals().get(command.deal());
            }
            // A trusted job (an import) registers the claim in the client's department.
            DepartmentId department = session.isSystem() ? client.department()
                    : session.repositories().employees().get(session.actor().employee()).department();
            Claim claim = Claim.register(ClaimId.newId(), client.id(), command.contact(), command.channel(),
                    ClaimCategory.of(command.category()), command.severity(), command.subject(),
                    command.description(), command.deal(), command.product(), department,
                    session.stamp());
            session.store(session.repositories().claims(), claim);
            return claim.id();
        });
    }

    public void review(ClaimId id) {
        change(id, UPDATE, (claim, stamp) -> claim.review(stamp));
    }

    /** The first answer to the customer (stops the first-response clock). */
    public void respond(ClaimId id) {
        change(id, UPDATE, (claim, stamp) -> claim.respond(stamp));
    }

    /** Routes the claim to the department that fixes it and the employee who works on it. */
    public void assign(ClaimId id, EmployeeId assignee) {
        change(id, ASSIGN, (claim, stamp) -> {
            Employee employee = session.repositories().employees().get(assignee);
            employee.requireActive();
            claim.assign(employee.department(), employee.id(), stamp);
        });
    }

    /** Routes the claim to a department and an employee of it. */
    public void assign(ClaimId id, DepartmentId department, EmployeeId assignee) {
        change(id, ASSIGN, (claim, stamp) -> {
            session.repositories().departments().get(department);
            session.repositories().employees().get(assignee).requireActive();
            claim.assign(department, assignee, stamp);
        });
    }

    public void waitForCustomer(ClaimId id, String reason) {
        change(id, UPDATE, (claim, stamp) -> claim.waitForCustomer(reason, stamp));
    }

    public void resumeWork(ClaimId id) {
        change(id, UPDATE, (claim, stamp) -> claim.resumeWork(stamp));
    }

    /** Forwards the claim to the supplier at fault, with what is asked and by when. */
    public void involveSupplier(ClaimId id, String supplier, String request, Instant dueAt) {
        change(id, UPDATE, (claim, stamp) -> claim.involveSupplier(supplier, request, dueAt, stamp));
    }

    public void recordSupplierAnswer(ClaimId id, String answer) {
        change(id, UPDATE, (claim, stamp) -> claim.recordSupplierAnswer(answer, stamp));
    }

    public void resolve(ClaimId id, String resolutionNotes) {
        change(id, UPDATE, (claim, stamp) -> claim.resolve(resolutionNotes, stamp));
    }

    public void reject(ClaimId id, String reason) {
        change(id, UPDATE, (claim, stamp) -> claim.reject(reason, stamp));
    }

    public void close(ClaimId id) {
        change(id, UPDATE, (claim, stamp) -> claim.close(stamp));
    }

    public void reopen(ClaimId id, String reason) {
        change(id, UPDATE, (claim, stamp) -> claim.reopen(reason, stamp));
    }

    public void escalate(ClaimId id, int level, String reason) {
        // The aggregate refuses a missing reason with ReasonRequired, after the access check.
        change(id, UPDATE, (claim, stamp) -> claim.escalate(level, reason, stamp));
    }

    public void setDeadlines(ClaimId id, Instant response, Instant resolution) {
        change(id, UPDATE, (claim, stamp) -> claim.setDeadlines(response, resolution, stamp));
    }

    public void rateSatisfaction(ClaimId id, int score) {
        change(id, UPDATE, (claim, stamp) -> claim.rateSatisfaction(score, stamp));
    }

    public ClaimView get(ClaimId id) {
        Claim claim = session.repositories().claims().get(id);
        session.require(READ, ProtectedRecords.of(claim));
        return view(claim);
    }

    public Page<ClaimView> list(PageRequest page) {
        return session.repositories().claims().list(session.filter(READ), page).map(ClaimUseCases::view);
    }

    public List<ClaimView> ofClient(ClientId client) {
        return session.repositories().claims().ofClient(client, session.filter(READ)).stream()
                .map(ClaimUseCases::view).toList();
    }

    private void change(ClaimId id, Permission permission, BiConsumer<Claim, Stamp> change) {
        session.change(session.repositories().claims(), id, permission, ProtectedRecords::of, (claim, stamp) -> {
            ClaimStatus from = claim.status();
            change.accept(claim, stamp);
            // Asked after the command ran on the loaded copy, so the guard sees what the command supplied; a
            // refusal throws before the store, and the stored claim stays as it was.
            if (claim.status() != from) {
                GuardDecision decision = java.util.Objects.requireNonNull(guard.check(claim, from, claim.status()),
                        "a claim guard must decide");
                if (!decision.allowed()) {
                    throw new TransitionBlocked("Claim", claim.id(), from, claim.status(), decision);
                }
            }
        });
    }

    /** The view of a claim; claims carry no tagged fields beyond what their read permission covers. */
    public static ClaimView view(Claim c) {
        return new ClaimView(c.id(), c.client(), c.channel(), c.category().value(), c.severity(), c.subject(),
                c.description(), c.status(), c.assignee().orElse(null), c.department(), c.escalationLevel(),
                c.registeredAt(), c.responseDeadline().orElse(null), c.resolutionDeadline().orElse(null),
                c.resolutionNotes().orElse(null), c.rejectionReason().orElse(null), c.satisfaction().orElse(null),
                c.supplierInvolvements(), c.history());
    }
}
