package org.crmkit.core.application;

import org.crmkit.core.claim.ClaimTransitionGuard;
import org.crmkit.core.task.TaskTransitionGuard;
import org.crmkit.core.access.Actor;
import org.crmkit.core.application.audit.AuditUseCases;
import org.crmkit.core.application.claims.ClaimUseCases;
import org.crmkit.core.application.clients.ClientUseCases;
import org.crmkit.core.application.contacts.ContactUseCases;
import org.crmkit.core.application.deals.DealUseCases;
import org.crmkit.core.application.interactions.InteractionUseCases;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.application.organisation.OrganisationUseCases;
import org.crmkit.core.application.overview.OverviewUseCases;
import org.crmkit.core.application.sharing.SharingUseCases;
import org.crmkit.core.application.tasks.TaskUseCases;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.shared.PhoneNumberParser;

/**
 * The use cases of CRMKit, acting for one employee (or a trusted job). Grouped by area so that no class
 * becomes a god service; every method checks access before it acts, and every list reads only what the
 * session may see.
 */
public final class CrmSession {
    private final SessionContext context;
    private final OrganisationUseCases organisation;
    private final ClientUseCases clients;
    private final ContactUseCases contacts;
    private final DealUseCases deals;
    private final ClaimUseCases claims;
    private final TaskUseCases tasks;
    private final InteractionUseCases interactions;
    private final OverviewUseCases overview;
    private final AuditUseCases audit;
    private final SharingUseCases sharing;

    CrmSession(SessionContext context, StageGate stageGate, ClaimTransitionGuard claimGuard,
               TaskTransitionGuard taskGuard, PhoneNumberParser phones) {
        this.context = context;
        this.organisation = new OrganisationUseCases(context);
        this.clients = new ClientUseCases(context);
        this.contacts = new ContactUseCases(context, phones);
        this.deals = new DealUseCases(context, stageGate);
        this.claims = new ClaimUseCases(context, claimGuard);
        this.tasks = new TaskUseCases(context, taskGuard);
        this.interactions = new InteractionUseCases(context);
        this.overview = new OverviewUseCases(context);
        this.audit = new AuditUseCases(context);
        this.sharing = new SharingUseCases(context);
    }

    /** Who this session acts for. */
    public Actor actor() {
        return context.actor();
    }

    /** True for a trusted job's system context. */
    public boolean isSystem() {
        return context.isSystem();
    }

    public OrganisationUseCases organisation() {
        return organisation;
    }

    public ClientUseCases clients() {
        return clients;
    }

    public ContactUseCases contacts() {
        return contacts;
    }

    public DealUseCases deals() {
        return deals;
    }

    public ClaimUseCases claims() {
        return claims;
    }

    public TaskUseCases tasks() {
        return tasks;
    }

    public InteractionUseCases interactions() {
        return interactions;
    }

    /**
     * Publishes an event raised outside the core aggregates (an SLA warning, an overdue-task notice decided by
     * crm-rules) through the same outbox and listeners as the aggregates' own events. Only a trusted job's
     * system context may publish, so a user session cannot forge events.
     *
     * @throws org.crmkit.core.access.AccessDenied in a session that is not a system context
     */
    public void publish(org.crmkit.core.shared.DomainEvent event) {
        if (!context.isSystem()) {
            throw new org.crmkit.core.access.AccessDenied(org.crmkit.core.access.Decision.deny(
                    "only a system context may publish events / публиковать события может только системный контекст"));
        }
        context.publish(event);
    }

    /** The 360° view of clients. */
    public OverviewUseCases overview() {
        return overview;
    }

    /** Explicit shares of single records with colleagues or departments. */
    public SharingUseCases sharing() {
        return sharing;
    }

    /**
     * KPIs over what this session may see, computed by the given query port (e.g. {@code InMemoryKpis} over the
     * same repositories, or a SQL adapter). The port is passed in rather than built into {@link Crm} so that
     * analytics adds nothing to the repositories every adapter must supply.
     */
    public org.crmkit.core.application.analytics.AnalyticsUseCases analytics(org.crmkit.core.analytics.Kpis kpis) {
        return new org.crmkit.core.application.analytics.AnalyticsUseCases(context, kpis);
    }

    /** The access audit trail (for auditors). */
    public AuditUseCases audit() {
        return audit;
    }
}
