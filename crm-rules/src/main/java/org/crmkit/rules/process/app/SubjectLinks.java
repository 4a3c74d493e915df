package org.crmkit.rules.process.app;

import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.claims.ClaimView;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.rules.process.runtime.SubjectRef;

/**
 * The task link for a run's subject, read through a session (so the reader must be allowed to see the subject,
 * and it must exist). A task about a deal or a claim names the client too, so it shows among the client's tasks.
 */
final class SubjectLinks {
    private SubjectLinks() {
    }

    static TaskLink linkOf(CrmSession session, SubjectRef subject) {
        return switch (subject.type()) {
            case CLIENT -> TaskLink.toClient(session.clients().get(new ClientId(subject.id())).id());
            case DEAL -> {
                DealView deal = session.deals().get(new DealId(subject.id()));
                yield TaskLink.toClient(deal.client()).withDeal(deal.id());
            }
            case CLAIM -> {
                ClaimView claim = session.claims().get(new ClaimId(subject.id()));
                yield TaskLink.toClient(claim.client()).withClaim(claim.id());
            }
        };
    }
}
