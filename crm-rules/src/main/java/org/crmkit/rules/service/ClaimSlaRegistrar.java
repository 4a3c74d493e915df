package org.crmkit.rules.service;

import java.time.Instant;
import java.util.Objects;
import org.crmkit.core.application.DomainEventListener;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimRegistered;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.Clients;
import org.crmkit.core.client.Segment;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.rules.sla.ClaimSeverity;
import org.crmkit.rules.sla.ClientSegment;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;

/**
 * Gives each claim the SLA policy version in effect when it was registered, for its category, severity and the
 * client's segment, and stores it in {@link ClaimSlaAssignments}. Register it as a {@link DomainEventListener}
 * (it reacts to {@link ClaimRegistered}) or call {@link #assign(Claim)}; both give the same answer, and the first
 * assignment stored for a claim is kept for good.
 *
 * <p>Core values map onto the SLA vocabulary as: category → its value, severity → the enum name
 * ({@code CRITICAL}), segment → the client's lower-cased segment ({@code premium}).
 */
public final class ClaimSlaRegistrar implements DomainEventListener {
    private final SlaPolicies policies;
    private final SlaCalendars calendars;
    private final ClaimSlaAssignments assignments;
    private final Clients clients;

    public ClaimSlaRegistrar(SlaPolicies policies, SlaCalendars calendars, ClaimSlaAssignments assignments,
                             Clients clients) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** Assigns a policy to a newly registered claim; claims no policy covers are left for the sweep to report. */
    @Override
    public void on(DomainEvent event) {
        if (event instanceof ClaimRegistered registered && assignments.find(registered.claim()).isEmpty()) {
            try {
                assign(registered.claim(), registered.client(), registered.category(), registered.severity(),
                        registered.occurredAt());
            } catch (NoSlaPolicy e) {
                // Nothing to keep: the sweep reports the claim as uncovered, where someone will see it.
            }
        }
    }

    /**
     * The claim's assignment, made now from its registration if it has none yet.
     *
     * @throws NoSlaPolicy      if no policy covers the claim
     * @throws UnknownCalendar  if the selected policy names a calendar that is not registered
     */
    public ClaimSlaAssignment assign(Claim claim) {
        return assignments.find(claim.id()).orElseGet(() -> assign(claim.id(), claim.client(), claim.category(),
                claim.severity(), claim.registeredAt()));
    }

    private ClaimSlaAssignment assign(ClaimId claim, ClientId client, ClaimCategory category, Severity severity,
                                      Instant registeredAt) {
        ClientSegment segment = clients.find(client).flatMap(c -> c.segment()).map(SlaVocabulary::segment)
                .orElse(null);
        SlaPolicy policy = policies.policyFor(SlaVocabulary.category(category), SlaVocabulary.severity(severity),
                segment, registeredAt).orElseThrow(() -> new NoSlaPolicy(claim, category.value(), severity.name(),
                segment == null ? "none" : segment.code()));
        calendars.get(policy.calendarName());
        return assignments.assignIfAbsent(new ClaimSlaAssignment(claim, policy.ref(), policy.calendarName()));
    }

    /** How core claim values are named in SLA scopes. */
    static final class SlaVocabulary {
        private SlaVocabulary() {
        }

        static org.crmkit.rules.sla.ClaimCategory category(ClaimCategory category) {
            return org.crmkit.rules.sla.ClaimCategory.of(category.value());
        }

        static ClaimSeverity severity(Severity severity) {
            return ClaimSeverity.of(severity.name());
        }

        static ClientSegment segment(Segment segment) {
            return ClientSegment.of(segment.value());
        }
    }
}
