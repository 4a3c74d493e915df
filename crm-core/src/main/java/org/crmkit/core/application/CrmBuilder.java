package org.crmkit.core.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crmkit.core.claim.ClaimTransitionGuard;
import org.crmkit.core.task.TaskTransitionGuard;
import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessPolicy;
import org.crmkit.core.access.Policy;
import org.crmkit.core.access.Shares;
import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.internal.memory.InMemoryShares;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.internal.memory.InMemoryAccessAudit;
import org.crmkit.core.shared.PhoneNumberParser;

/**
 * Assembles a {@link Crm} from its ports. Every port has an embedded default, so {@code Crm.builder().build()}
 * is a working in-memory CRM; an adapter module or an ERP vendor replaces the ports it provides.
 */
public final class CrmBuilder {
    private Repositories repositories;
    private Clock clock = Clock.systemUTC();
    private AccessPolicy accessPolicy;
    private Policy roles = StandardRoles.policy();
    private Shares shares;
    private AccessAudit accessAudit;
    private StageGate stageGate = StageGate.OPEN;
    private ClaimTransitionGuard claimGuard = ClaimTransitionGuard.ALLOW_ALL;
    private TaskTransitionGuard taskGuard = TaskTransitionGuard.ALLOW_ALL;
    private Transactions transactions = Transactions.DIRECT;
    private Outbox outbox;
    private PhoneNumberParser phones = PhoneNumberParser.DEFAULT;
    private final List<DomainEventListener> listeners = new ArrayList<>();

    CrmBuilder() {
    }

    public CrmBuilder repositories(Repositories repositories) {
        this.repositories = Objects.requireNonNull(repositories);
        return this;
    }

    public CrmBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /**
     * The user classes (roles) of the company: by default {@link StandardRoles#policy()}. A company or an ERP
     * vendor passes its own, usually built on ours ({@code Policy.builder().roles(StandardRoles.all())
     * .override(...)}). Decided over the live department tree by {@link CompanyAccessPolicy}.
     */
    public CrmBuilder roles(Policy policy) {
        this.roles = Objects.requireNonNull(policy);
        return this;
    }

    /** The table of explicit record shares (in memory by default). */
    public CrmBuilder shares(Shares shares) {
        this.shares = Objects.requireNonNull(shares);
        return this;
    }

    /** Replaces role-based access altogether with another implementation of the port. */
    public CrmBuilder accessPolicy(AccessPolicy policy) {
        this.accessPolicy = Objects.requireNonNull(policy);
        return this;
    }

    /** Where denials, personal-data reads and system-context actions are recorded. */
    public CrmBuilder accessAudit(AccessAudit audit) {
        this.accessAudit = Objects.requireNonNull(audit);
        return this;
    }

    /** The gate consulted on every stage move of a deal (crm-rules provides rule-based gates). */
    public CrmBuilder stageGate(StageGate gate) {
        this.stageGate = Objects.requireNonNull(gate);
        return this;
    }

    /**
     * The company's guard on claim status moves, consulted after the claim's own lifecycle allowed a move and
     * before it is stored (crm-rules provides policy-based guards). By default every move is allowed.
     */
    public CrmBuilder claimGuard(ClaimTransitionGuard guard) {
        this.claimGuard = Objects.requireNonNull(guard);
        return this;
    }

    /** The company's guard on task status moves, like {@link #claimGuard}. By default every move is allowed. */
    public CrmBuilder taskGuard(TaskTransitionGuard guard) {
        this.taskGuard = Objects.requireNonNull(guard);
        return this;
    }

    public CrmBuilder transactions(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions);
        return this;
    }

    public CrmBuilder outbox(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox);
        return this;
    }

    /** The region phone numbers without a country code belong to (RU unless told otherwise). */
    public CrmBuilder defaultPhoneRegion(String isoRegion) {
        this.phones = PhoneNumberParser.forRegion(isoRegion);
        return this;
    }

    public CrmBuilder listener(DomainEventListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return this;
    }

    public Crm build() {
        Repositories repos = repositories != null ? repositories : Repositories.inMemory();
        AccessAudit audit = accessAudit != null ? accessAudit : new InMemoryAccessAudit();
        Outbox box = outbox != null ? outbox : new InMemoryOutbox();
        Shares shareTable = shares != null ? shares : new InMemoryShares();
        AccessPolicy policy = accessPolicy != null ? accessPolicy
                : new CompanyAccessPolicy(roles, repos.departments(), shareTable);
        return new Crm(repos, clock, policy, audit, shareTable, stageGate, claimGuard, taskGuard, transactions, box, phones,
                listeners);
    }
}
