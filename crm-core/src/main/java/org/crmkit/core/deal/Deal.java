package org.crmkit.core.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;

/**
 * A sales opportunity with one client, moving through the stages of one pipeline until it is won or lost.
 *
 * <p>The deal holds only the keys of its pipeline and stage; every move takes the {@link Pipeline} definition
 * (which must be the deal's) and a {@link StageGate} holding the company's rules, and is refused with a named
 * exception, leaving the deal unchanged, when the pipeline or the gate does not allow it. It keeps these
 * invariants: its status is the outcome of its current stage; it has a close time exactly when it is won or
 * lost; a lost deal has a reason; the last history entry leads to the current stage; a won deal is 100% and a
 * lost deal 0% likely. A closed deal changes its stage, amount, probability or expected close date only after
 * {@link #reopen}; contacts, owner and contract reference may still be maintained.
 */
public final class Deal extends AggregateRoot<DealId> implements Accountable {
    private final ClientId client;
    private final String title;
    private final PipelineKey pipeline;
    private StageKey stage;
    private DealStatus status;
    private Probability probability;
    private final Map<ContactId, DealContactRole> contacts = new LinkedHashMap<>();
    /** {@link #contactRoleList()}, made on its first read after a change of the contacts (null until then). */
    private List<DealContactRole> contactRoleList;
    private Money amount;
    private LocalDate expectedCloseOn;
    private EmployeeId owner;
    private DepartmentId department;
    private String lostReason;
    private String contractReference;
    private Instant closedAt;
    private final List<StageChange> history;

    private Deal(Snapshot s, long version) {
        super(s.id(), version);
        this.client = Objects.requireNonNull(s.client(), "client");
        this.title = requireText(s.title(), "a deal needs a title");
        this.pipeline = Objects.requireNonNull(s.pipeline(), "pipeline");
        this.stage = Objects.requireNonNull(s.stage(), "stage");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.probability = Objects.requireNonNull(s.probability(), "probability");
        s.contacts().forEach(c -> contacts.put(c.contact(), c.role()));
        this.amount = s.amount();
        this.expectedCloseOn = s.expectedCloseOn();
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.lostReason = s.lostReason();
        this.contractReference = s.contractReference();
        this.closedAt = s.closedAt();
        this.history = new ArrayList<>(s.history());
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a deal's history starts with its entry into the pipeline");
        }
    }

    /** Opens a deal in the first stage of the pipeline, with that stage's probability. */
    public static Deal open(DealId id, ClientId client, String title, Pipeline pipeline, EmployeeId owner,
                            DepartmentId department, Stamp stamp) {
        Stage first = pipeline.first();
        Deal deal = new Deal(new Snapshot(id, client, title, pipeline.key(), first.key(), DealStatus.OPEN,
                first.defaultProbability(), List.of(), null, null, owner, department, null, null, null,
                List.of(new StageChange(null, first.key(), stamp.by(), stamp.at(), ""))), 0);
        deal.raise(new DealOpened(id, client, deal.title, pipeline.key(), first.key(), owner, department,
                stamp.by(), stamp.at()));
        return deal;
    }

    /** Rebuilds a stored deal; raises no events. */
    public static Deal restore(Snapshot s, long version) {
        return new Deal(s, version);
    }

    /** Moves an open deal to another open stage, if the pipeline allows the move and the gate lets it pass. */
    public void advanceTo(StageKey target, Pipeline pipeline, StageGate gate, Stamp stamp) {
        Stage from = currentStageOfOpenDeal(pipeline);
        Stage to = pipeline.require(target);
        if (!to.isOpen()) {
            throw new CloseThroughWinOrLose(id(), target);
        }
        passThrough(pipeline, gate, from, to);
        enter(to, stamp, "");
        raise(new DealAdvanced(id(), from.key(), to.key(), probability, stamp.by(), stamp.at()));
    }

    /** Closes the deal as won in the given won stage; probability becomes 100%. */
    public void win(StageKey wonStage, Pipeline pipeline, StageGate gate, Stamp stamp) {
        Stage from = currentStageOfOpenDeal(pipeline);
        Stage to = requireOutcome(pipeline.require(wonStage), StageOutcome.WON);
        passThrough(pipeline, gate, from, to);
        enter(to, stamp, "");
        closedAt = stamp.at();
        raise(new DealWon(id(), from.key(), to.key(), amount, stamp.by(), stamp.at()));
    }

    /** Closes the deal as lost in the given lost stage, saying why; probability becomes 0%. */
    public void lose(StageKey lostStage, String reason, Pipeline pipeline, StageGate gate, Stamp stamp) {
        Stage from = currentStageOfOpenDeal(pipeline);
        String why = requireReason(reason, "lose a deal");
        Stage to = requireOutcome(pipeline.require(lostStage), StageOutcome.LOST);
        passThrough(pipeline, gate, from, to);
        enter(to, stamp, why);
        closedAt = stamp.at();
        lostReason = why;
        raise(new DealLost(id(), from.key(), to.key(), why, stamp.by(), stamp.at()));
    }

    /**
     * Brings a won or lost deal back to any open stage, saying why. No gate is consulted: reopening undoes a
     * decision rather than making progress, and the reason is kept in the history.
     */
    public void reopen(StageKey openStage, String reason, Pipeline pipeline, Stamp stamp) {
        requirePipeline(pipeline);
        if (!status.isClosed()) {
            throw new DealNotClosed(id());
        }
        String why = requireReason(reason, "reopen a deal");
        Stage to = requireOutcome(pipeline.require(openStage), StageOutcome.OPEN);
        StageKey from = stage;
        enter(to, stamp, why);
        closedAt = null;
        lostReason = null;
        raise(new DealReopened(id(), from, to.key(), why, stamp.by(), stamp.at()));
    }

    /**
     * Sets or changes the amount. The first amount fixes the deal's currency; negative amounts are refused.
     */
    public void changeAmount(Money newAmount, Stamp stamp) {
        Objects.requireNonNull(newAmount, "amount");
        requireOpen();
        if (newAmount.isNegative()) {
            throw new NegativeDealAmount(id(), newAmount);
        }
        if (amount != null && !amount.currency().equals(newAmount.currency())) {
            throw new DealCurrencyFixed(id(), amount.currency(), newAmount.currency());
        }
        if (newAmount.equals(amount)) {
            return;
        }
        Money previous = amount;
        amount = newAmount;
        raise(new DealAmountChanged(id(), previous, newAmount, stamp.by(), stamp.at()));
    }

    /** Replaces the stage's default probability with the owner's estimate, until the deal changes stage. */
    public void estimateProbability(Probability estimate, Stamp stamp) {
        Objects.requireNonNull(estimate, "probability");
        requireOpen();
        if (estimate.equals(probability)) {
            return;
        }
        probability = estimate;
        raise(new DealProbabilityEstimated(id(), estimate, stamp.by(), stamp.at()));
    }

    public void expectCloseOn(LocalDate date, Stamp stamp) {
        Objects.requireNonNull(date, "expected close date");
        requireOpen();
        if (date.equals(expectedCloseOn)) {
            return;
        }
        expectedCloseOn = date;
        raise(new DealCloseDateExpected(id(), date, stamp.by(), stamp.at()));
    }

    /** Involves a contact person in the deal, or gives an involved one another role (one role per contact). */
    public void involve(ContactId contact, DealContactRole role, Stamp stamp) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stamp, "stamp");
        if (contacts.get(contact) == role) {
            return;
        }
        contacts.put(contact, role);
        contactRoleList = null;
        raise(new DealContactInvolved(id(), contact, role, stamp.by(), stamp.at()));
    }

    public void release(ContactId contact, Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        if (!contacts.containsKey(contact)) {
            throw new ContactNotInvolved(id(), contact);
        }
        contacts.remove(contact);
        contactRoleList = null;
        raise(new DealContactReleased(id(), contact, stamp.by(), stamp.at()));
    }

    /** Hands the deal to another owner and department; allowed on closed deals too, e.g. when someone leaves. */
    public void reassign(EmployeeId newOwner, DepartmentId newDepartment, Stamp stamp) {
        Objects.requireNonNull(newOwner, "owner");
        Objects.requireNonNull(newDepartment, "department");
        Objects.requireNonNull(stamp, "stamp");
        if (newOwner.equals(owner) && newDepartment.equals(department)) {
            return;
        }
        owner = newOwner;
        department = newDepartment;
        raise(new DealReassigned(id(), newOwner, newDepartment, stamp.by(), stamp.at()));
    }

    /** Records the signed contract's reference (e.g. its document number); contracts are often signed after winning. */
    public void attachContract(String reference, Stamp stamp) {
        String ref = requireText(reference, "a contract reference must not be blank");
        Objects.requireNonNull(stamp, "stamp");
        if (ref.equals(contractReference)) {
            return;
        }
        contractReference = ref;
        raise(new DealContractAttached(id(), ref, stamp.by(), stamp.at()));
    }

    /** The amount weighted by probability, for forecasts; empty while the deal has no amount. */
    public Optional<Money> weightedAmount() {
        return amount().map(a -> a.times(probability.weight()));
    }

    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    public ClientId client() {
        return client;
    }

    public String title() {
        return title;
    }

    public PipelineKey pipeline() {
        return pipeline;
    }

    public StageKey stage() {
        return stage;
    }

    public DealStatus status() {
        return status;
    }

    public Probability probability() {
        return probability;
    }

    /** The contacts involved, in the order they were first involved. */
    public List<DealContact> contacts() {
        return contacts.entrySet().stream().map(e -> new DealContact(e.getKey(), e.getValue())).toList();
    }

    /**
     * The roles of the contacts involved, in the order the contacts were first involved (one per contact, so a
     * role repeats when several contacts play it): a read-only view, no copy, for readers that need only roles.
     */
    public Collection<DealContactRole> contactRoles() {
        return Collections.unmodifiableCollection(contacts.values());
    }

    /**
     * The same roles as {@link #contactRoles()}, as an immutable list made once per change of the contacts and shared
     * by every read until the next change: for readers on a hot path that test the roles by index (the rule engine
     * does on every evaluation) and would otherwise copy them on every read.
     */
    public List<DealContactRole> contactRoleList() {
        List<DealContactRole> roles = contactRoleList;
        if (roles == null) {
            roles = List.copyOf(contacts.values());
            contactRoleList = roles;
        }
        return roles;
    }

    /** How many contacts are involved. */
    public int contactCount() {
        return contacts.size();
    }

    public Optional<DealContactRole> roleOf(ContactId contact) {
        return Optional.ofNullable(contacts.get(contact));
    }

    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    public Optional<LocalDate> expectedCloseOn() {
        return Optional.ofNullable(expectedCloseOn);
    }

    /*
     * The ...OrNull readers: the same values as the Optional accessors, null when absent, without an Optional per
     * read (the JIT cannot always drop it). For readers on a hot path such as the rule engine, which reads these on
     * every evaluation; elsewhere prefer the Optional accessors.
     */

    /** {@link #amount()} or null: no Optional allocated. */
    public Money amountOrNull() {
        return amount;
    }

    /** {@link #expectedCloseOn()} or null: no Optional allocated. */
    public LocalDate expectedCloseOnOrNull() {
        return expectedCloseOn;
    }

    /** {@link #contractReference()} or null: no Optional allocated. */
    public String contractReferenceOrNull() {
        return contractReference;
    }

    @Override
    public EmployeeId owner() {
        return owner;
    }

    @Override
    public DepartmentId department() {
        return department;
    }

    public Optional<String> lostReason() {
        return Optional.ofNullable(lostReason);
    }

    public Optional<String> contractReference() {
        return Optional.ofNullable(contractReference);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Instant openedAt() {
        return history.get(0).at();
    }

    /** Every stage change, oldest first, starting with the entry into the pipeline. */
    public List<StageChange> history() {
        return List.copyOf(history);
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), client, title, pipeline, stage, status, probability, contacts(), amount,
                expectedCloseOn, owner, department, lostReason, contractReference, closedAt, history);
    }

    /** Every field of a deal, for storage and for comparing states in tests. */
    public record Snapshot(DealId id, ClientId client, String title, PipelineKey pipeline, StageKey stage,
                           DealStatus status, Probability probability, List<DealContact> contacts, Money amount,
                           LocalDate expectedCloseOn, EmployeeId owner, DepartmentId department, String lostReason,
                           String contractReference, Instant closedAt, List<StageChange> history) {
        public Snapshot {
            contacts = List.copyOf(contacts);
            history = List.copyOf(history);
        }
    }

    // Guards shared by the stage moves: everything is checked before anything changes.

    private Stage currentStageOfOpenDeal(Pipeline given) {
        requirePipeline(given);
        requireOpen();
        return given.require(stage);
    }

    private void requirePipeline(Pipeline given) {
        if (!given.key().equals(pipeline)) {
            throw new PipelineMismatch(id(), pipeline, given.key());
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new DealAlreadyClosed(id(), status);
        }
    }

    private Stage requireOutcome(Stage target, StageOutcome expected) {
        if (target.outcome() != expected) {
            throw new StageOutcomeMismatch(id(), target, expected);
        }
        return target;
    }

    private void passThrough(Pipeline given, StageGate gate, Stage from, Stage to) {
        if (!given.allows(from.key(), to.key())) {
            throw new StageTransitionNotAllowed(id(), from.key(), to.key());
        }
        GateDecision decision = Objects.requireNonNull(gate.check(this, from, to), "a gate must decide");
        if (!decision.passed()) {
            throw new StageMoveBlocked(id(), from.key(), to.key(), decision);
        }
    }

    private void enter(Stage to, Stamp stamp, String note) {
        history.add(new StageChange(stage, to.key(), stamp.by(), stamp.at(), note));
        stage = to.key();
        status = DealStatus.of(to.outcome());
        probability = to.defaultProbability();
    }

    private static String requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
        return reason.strip();
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }
}
