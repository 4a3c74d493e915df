package org.crmkit.core.claim;

import static org.crmkit.core.claim.ClaimStatus.CLOSED;
import static org.crmkit.core.claim.ClaimStatus.IN_PROGRESS;
import static org.crmkit.core.claim.ClaimStatus.IN_REVIEW;
import static org.crmkit.core.claim.ClaimStatus.REGISTERED;
import static org.crmkit.core.claim.ClaimStatus.REJECTED;
import static org.crmkit.core.claim.ClaimStatus.REOPENED;
import static org.crmkit.core.claim.ClaimStatus.RESOLVED;
import static org.crmkit.core.claim.ClaimStatus.WAITING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;

/**
 * A customer's complaint, reclamation or service appeal, from registration to closing: who answers for it,
 * every status move it made (so SLA clocks can be recomputed from the history), its deadlines, escalations
 * and the suppliers it involved.
 *
 * <p>Every command checks all its rules before it changes anything, so a refused command leaves the claim
 * exactly as it was.
 */
public final class Claim extends AggregateRoot<ClaimId> implements Accountable {
    private final ClientId client;
    private final ContactId contact;
    private final ClaimChannel channel;
    private final ClaimCategory category;
    private final Severity severity;
    private final String subject;
    private final String description;
    private final DealId deal;
    private final String product;
    private final EmployeeId registeredBy;
    private final DepartmentId registrarDepartment;
    private final Instant registeredAt;
    private ClaimStatus status;
    private WaitingFor waitingFor;
    private final List<ClaimTransition> history;
    /** {@code history.size()}, kept beside it so that a reader asking only "did it move?" touches no list. */
    private int historyLength;
    private DepartmentId assignedDepartment;
    private EmployeeId assignee;
    private Instant responseDeadline;
    private Instant resolutionDeadline;
    private Instant firstRespondedAt;
    private int escalationLevel;
    private final List<SupplierInvolvement> supplierInvolvements;
    private String resolutionNotes;
    private String rejectionReason;
    private Integer satisfaction;
    private int reopenCount;

    private Claim(Snapshot s, long version) {
        super(s.id(), version);
        this.client = Objects.requireNonNull(s.client(), "client");
        this.contact = s.contact();
        this.channel = Objects.requireNonNull(s.channel(), "channel");
        this.category = Objects.requireNonNull(s.category(), "category");
        this.severity = Objects.requireNonNull(s.severity(), "severity");
        this.subject = requireText(s.subject(), "subject");
        this.description = requireText(s.description(), "description");
        this.deal = s.deal();
        this.product = s.product();
        this.registeredBy = Objects.requireNonNull(s.registeredBy(), "registeredBy");
        this.registrarDepartment = Objects.requireNonNull(s.registrarDepartment(), "registrarDepartment");
        this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.waitingFor = s.waitingFor();
        this.history = new ArrayList<>(s.history());
        this.historyLength = history.size();
        this.assignedDepartment = s.assignedDepartment();
        this.assignee = s.assignee();
        this.responseDeadline = s.responseDeadline();
        this.resolutionDeadline = s.resolutionDeadline();
        this.firstRespondedAt = s.firstRespondedAt();
        this.escalationLevel = s.escalationLevel();
        this.supplierInvolvements = new ArrayList<>(s.supplierInvolvements());
        this.resolutionNotes = s.resolutionNotes();
        this.rejectionReason = s.rejectionReason();
        this.satisfaction = s.satisfaction();
        this.reopenCount = s.reopenCount();
    }

    /**
     * Registers a claim as it came in. Until it is assigned, the registrar answers for it, in the department
     * given here.
     *
     * @param contact the client's person who brought it, or null
     * @param deal    the deal it is about, or null
     * @param product the product code it is about, or null
     */
    public static Claim register(ClaimId id, ClientId client, ContactId contact, ClaimChannel channel,
                                 ClaimCategory category, Severity severity, String subject, String description,
                                 DealId deal, String product, DepartmentId registrarDepartment, Stamp stamp) {
        ClaimTransition registration = new ClaimTransition(null, REGISTERED, stamp.by(), stamp.at(), null, null);
        Claim claim = new Claim(new Snapshot(id, client, contact, channel, category, severity, subject, description,
                deal, blankToNull(product), stamp.by(), registrarDepartment, stamp.at(), REGISTERED, null,
                List.of(registration), null, null, null, null, null, 0, List.of(), null, null, null, 0), 0);
        claim.raise(new ClaimRegistered(id, client, channel, category, severity, claim.subject, stamp.by(),
                stamp.at()));
        return claim;
    }

    /** Rebuilds a stored claim; raises no events. */
    public static Claim restore(Snapshot s, long version) {
        return new Claim(s, version);
    }

    /** Records the first response to the customer while the claim still waits for review. */
    public void respond(Stamp stamp) {
        // Every way out of REGISTERED goes through review, which records the response: so a claim that has
        // none is necessarily still registered.
        if (firstRespondedAt != null) {
            throw new ClaimAlreadyResponded(id());
        }
        firstRespondedAt = stamp.at();
        moveTo(REGISTERED, null, null, stamp);
        raise(new ClaimResponded(id(), stamp.by(), stamp.at()));
    }

    public void review(Stamp stamp) {
        requireFrom(IN_REVIEW, REGISTERED, REOPENED);
        if (firstRespondedAt == null) {
            firstRespondedAt = stamp.at();
        }
        moveTo(IN_REVIEW, null, null, stamp);
        raise(new ClaimReviewed(id(), stamp.by(), stamp.at()));
    }

    /** Gives the claim to a department and an employee; a claim in progress may be re-assigned. */
    public void assign(DepartmentId department, EmployeeId employee, Stamp stamp) {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(employee, "employee");
        requireFrom(IN_PROGRESS, IN_REVIEW, IN_PROGRESS, REOPENED);
        if (status == IN_PROGRESS && employee.equals(assignee) && department.equals(assignedDepartment)) {
            throw new ClaimAlreadyAssigned(id(), employee);
        }
        assignedDepartment = department;
        assignee = employee;
        if (status != IN_PROGRESS) {
            moveTo(IN_PROGRESS, null, null, stamp);
        }
        raise(new ClaimAssigned(id(), department, employee, stamp.by(), stamp.at()));
    }

    public void waitForCustomer(String reason, Stamp stamp) {
        requireFrom(WAITING, IN_PROGRESS);
        requireReason(reason, "put a claim on hold for the customer");
        moveTo(WAITING, WaitingFor.CUSTOMER, reason, stamp);
        raise(new ClaimWaiting(id(), WaitingFor.CUSTOMER, reason, stamp.by(), stamp.at()));
    }

    /**
     * Ends a wait for the customer or for a supplier. A supplier request stays open when work resumes without
     * its answer: the answer may still come and be recorded.
     */
    public void resumeWork(Stamp stamp) {
        requireFrom(IN_PROGRESS, WAITING);
        moveTo(IN_PROGRESS, null, null, stamp);
        raise(new ClaimResumed(id(), stamp.by(), stamp.at()));
    }

    /** Asks a supplier for help; the claim waits for the answer, and SLA clocks pause meanwhile. */
    public void involveSupplier(String supplier, String request, Instant dueAt, Stamp stamp) {
        requireText(supplier, "supplier");
        requireText(request, "request");
        requireFrom(WAITING, IN_PROGRESS);
        Optional<SupplierInvolvement> open = openSupplierRequest();
        if (open.isPresent()) {
            throw new SupplierRequestAlreadyOpen(id(), open.get().supplier());
        }
        supplierInvolvements.add(SupplierInvolvement.asked(supplier.strip(), request.strip(), stamp.at(), dueAt));
        moveTo(WAITING, WaitingFor.SUPPLIER, request.strip(), stamp);
        raise(new SupplierInvolved(id(), supplier.strip(), request.strip(), dueAt, stamp.by(), stamp.at()));
    }

    /** Records the answer to the open supplier request; if the claim was waiting for it, work resumes. */
    public void recordSupplierAnswer(String answer, Stamp stamp) {
        requireText(answer, "answer");
        SupplierInvolvement open = openSupplierRequest().orElseThrow(() -> new NoOpenSupplierRequest(id()));
        supplierInvolvements.set(supplierInvolvements.indexOf(open), open.answered(answer.strip(), stamp.at()));
        boolean resumes = status == WAITING && waitingFor == WaitingFor.SUPPLIER;
        if (resumes) {
            moveTo(IN_PROGRESS, null, null, stamp);
        }
        raise(new SupplierAnswered(id(), open.supplier(), answer.strip(), resumes, stamp.by(), stamp.at()));
    }

    public void resolve(String resolutionNotes, Stamp stamp) {
        requireFrom(RESOLVED, IN_PROGRESS);
        if (isBlank(resolutionNotes)) {
            throw new ResolutionNotesRequired(id());
        }
        this.resolutionNotes = resolutionNotes.strip();
        moveTo(RESOLVED, null, this.resolutionNotes, stamp);
        raise(new ClaimResolved(id(), this.resolutionNotes, stamp.by(), stamp.at()));
    }

    public void reject(String reason, Stamp stamp) {
        requireFrom(REJECTED, IN_REVIEW, IN_PROGRESS);
        requireReason(reason, "reject a claim");
        rejectionReason = reason.strip();
        moveTo(REJECTED, null, rejectionReason, stamp);
        raise(new ClaimRejected(id(), rejectionReason, stamp.by(), stamp.at()));
    }

    public void close(Stamp stamp) {
        requireFrom(CLOSED, RESOLVED, REJECTED);
        moveTo(CLOSED, null, null, stamp);
        raise(new ClaimClosed(id(), stamp.by(), stamp.at()));
    }

    /**
     * Reopens a finished claim. The previous outcome (resolution notes or rejection reason, and the customer's
     * score of it) stays in the history and events but no longer describes the claim, so it is cleared.
     */
    public void reopen(String reason, Stamp stamp) {
        requireFrom(REOPENED, RESOLVED, REJECTED, CLOSED);
        requireReason(reason, "reopen a claim");
        reopenCount++;
        resolutionNotes = null;
        rejectionReason = null;
        satisfaction = null;
        moveTo(REOPENED, null, reason.strip(), stamp);
        raise(new ClaimReopened(id(), reason.strip(), reopenCount, stamp.by(), stamp.at()));
    }

    /** Raises the escalation level of an open claim; levels only go up. */
    public void escalate(int level, String reason, Stamp stamp) {
        requireOpen("escalate", "эскалировать");
        if (level <= escalationLevel) {
            throw new EscalationMustRise(id(), escalationLevel, level);
        }
        requireReason(reason, "escalate a claim");
        int from = escalationLevel;
        escalationLevel = level;
        raise(new ClaimEscalated(id(), from, level, reason.strip(), stamp.by(), stamp.at()));
    }

    /** Sets (or, with null, removes) the response and resolution deadlines of an open claim. */
    public void setDeadlines(Instant response, Instant resolution, Stamp stamp) {
        requireOpen("set deadlines", "назначить сроки");
        if (response != null && resolution != null && resolution.isBefore(response)) {
            throw new DeadlinesOutOfOrder(id(), response, resolution);
        }
        responseDeadline = response;
        resolutionDeadline = resolution;
        raise(new ClaimDeadlinesSet(id(), response, resolution, stamp.by(), stamp.at()));
    }

    /** Records the customer's score (1..5) of a resolved or closed claim; a later score replaces an earlier. */
    public void rateSatisfaction(int score, Stamp stamp) {
        if (status != RESOLVED && status != CLOSED) {
            throw new IllegalClaimTransition(id(), status, "be rated before it is resolved",
                    "ставить оценку до решения");
        }
        if (score < 1 || score > 5) {
            throw new SatisfactionOutOfRange(score);
        }
        satisfaction = score;
        raise(new ClaimSatisfactionRated(id(), score, stamp.by(), stamp.at()));
    }

    /** Whether work is still owed to the customer: not resolved, rejected or closed. */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** The assignee, or the registrar while nobody is assigned. */
    @Override
    public EmployeeId owner() {
        return assignee != null ? assignee : registeredBy;
    }

    /** The assigned department, or the registrar's department while nobody is assigned. */
    @Override
    public DepartmentId department() {
        return assignedDepartment != null ? assignedDepartment : registrarDepartment;
    }

    public ClientId client() {
        return client;
    }

    public Optional<ContactId> contact() {
        return Optional.ofNullable(contact);
    }

    public ClaimChannel channel() {
        return channel;
    }

    public ClaimCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public Optional<DealId> deal() {
        return Optional.ofNullable(deal);
    }

    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    public EmployeeId registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public ClaimStatus status() {
        return status;
    }

    /** Whom the claim waits for; present exactly while the status is WAITING. */
    public Optional<WaitingFor> waitingFor() {
        return Optional.ofNullable(waitingFor);
    }

    /** Every status move, oldest first; the first is the registration. */
    public List<ClaimTransition> history() {
        // A read-only view, not a copy: the SLA sweep reads the history of every open claim, and the history
        // only ever grows, so a reader sees at most later entries appended.
        return java.util.Collections.unmodifiableList(history);
    }

    /**
     * How many entries {@link #history()} has. The history only ever grows, so a reader that remembered this
     * number knows the claim made no status move since while it is unchanged (the SLA sweep asks this of every open
     * claim at every run, without touching the history).
     */
    public int historyLength() {
        return historyLength;
    }

    public Optional<EmployeeId> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<DepartmentId> assignedDepartment() {
        return Optional.ofNullable(assignedDepartment);
    }

    public Optional<Instant> responseDeadline() {
        return Optional.ofNullable(responseDeadline);
    }

    public Optional<Instant> resolutionDeadline() {
        return Optional.ofNullable(resolutionDeadline);
    }

    public Optional<Instant> firstRespondedAt() {
        return Optional.ofNullable(firstRespondedAt);
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public List<SupplierInvolvement> supplierInvolvements() {
        return List.copyOf(supplierInvolvements);
    }

    /** The request to a supplier still waiting for an answer, if any (there is at most one). */
    public Optional<SupplierInvolvement> openSupplierRequest() {
        return supplierInvolvements.stream().filter(SupplierInvolvement::isOpen).findFirst();
    }

    public Optional<String> resolutionNotes() {
        return Optional.ofNullable(resolutionNotes);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public Optional<Integer> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), client, contact, channel, category, severity, subject, description, deal, product,
                registeredBy, registrarDepartment, registeredAt, status, waitingFor, history, assignedDepartment,
                assignee, responseDeadline, resolutionDeadline, firstRespondedAt, escalationLevel,
                supplierInvolvements, resolutionNotes, rejectionReason, satisfaction, reopenCount);
    }

    /** Every field of a claim, for storage and for comparing states in tests; nullable where optional. */
    public record Snapshot(ClaimId id, ClientId client, ContactId contact, ClaimChannel channel,
                           ClaimCategory category, Severity severity, String subject, String description,
                           DealId deal, String product, EmployeeId registeredBy, DepartmentId registrarDepartment,
                           Instant registeredAt, ClaimStatus status, WaitingFor waitingFor,
                           List<ClaimTransition> history, DepartmentId assignedDepartment, EmployeeId assignee,
                           Instant responseDeadline, Instant resolutionDeadline, Instant firstRespondedAt,
                           int escalationLevel, List<SupplierInvolvement> supplierInvolvements,
                           String resolutionNotes, String rejectionReason, Integer satisfaction, int reopenCount) {
        public Snapshot {
            history = List.copyOf(history);
            supplierInvolvements = List.copyOf(supplierInvolvements);
        }
    }

    private void requireFrom(ClaimStatus to, ClaimStatus... allowed) {
        for (ClaimStatus from : allowed) {
            if (status == from) {
                return;
            }
        }
        throw new IllegalClaimTransition(id(), status, to);
    }

    private void requireOpen(String actionEn, String actionRu) {
        if (!isOpen()) {
            throw new IllegalClaimTransition(id(), status, actionEn, actionRu);
        }
    }

    private void moveTo(ClaimStatus to, WaitingFor waiting, String reason, Stamp stamp) {
        history.add(new ClaimTransition(status, to, stamp.by(), stamp.at(), reason, waiting));
        historyLength = history.size();
        status = to;
        waitingFor = waiting;
    }

    private static void requireReason(String reason, String action) {
        if (isBlank(reason)) {
            throw new ReasonRequired(action);
        }
    }

    private static String requireText(String text, String what) {
        if (isBlank(text)) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
