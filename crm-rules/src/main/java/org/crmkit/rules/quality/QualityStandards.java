package org.crmkit.rules.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.Client;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ConsentRecord;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.task.Task;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.MilestoneState;

/** Standards from the requirements, ready to use or to copy. */
public final class QualityStandards {
    private QualityStandards() {
    }

    /**
     * Every claim registered in the period gets its first response within its SLA. A claim whose first response
     * is neither met nor violated at the period's end is not judged yet.
     *
     * @param firstResponse the first-response state of a claim at an instant, e.g.
     *                      {@code (claim, at) -> sweep.evaluate(claim, at).state(Milestone.FIRST_RESPONSE)}
     */
    public static QualityStandard firstResponseWithinSla(BiFunction<Claim, Instant, MilestoneState> firstResponse) {
        Objects.requireNonNull(firstResponse, "firstResponse");
        return standard("claims.first-response-in-sla", "Every claim gets a first response within its SLA",
                (data, period) -> {
                    List<QualityCheck> checks = new ArrayList<>();
                    for (Claim claim : data.claims().all()) {
                        if (!period.contains(claim.registeredAt())) {
                            continue;
                        }
                        MilestoneState state = firstResponse.apply(claim, period.to());
                        if (state == MilestoneState.MET || state == MilestoneState.VIOLATED) {
                            checks.add(new QualityCheck("Claim", claim.id().value(), claim.owner(), claim.department(),
                                    state == MilestoneState.MET, state == MilestoneState.MET ? ""
                                    : "first response " + Milestone.FIRST_RESPONSE + " violated"));
                        }
                    }
                    return checks;
                });
    }

    /** Every open deal in the stage (at the period's end) has an open task about it. */
    public static QualityStandard openDealsInStageHaveAnOpenTask(String stage) {
        StageKey key = StageKey.of(stage);
        return standard("deals." + stage + "-has-open-task", "Every deal in " + stage + " has an open task",
                (data, period) -> {
                    List<QualityCheck> checks = new ArrayList<>();
                    List<Task> openTasks = data.tasks().open();
                    for (Deal deal : data.deals().all()) {
                        if (!deal.isOpen() || !deal.stage().equals(key) || deal.openedAt().isAfter(period.to())) {
                            continue;
                        }
                        boolean hasTask = openTasks.stream().anyMatch(task -> deal.id().equals(task.link().deal()));
                        checks.add(new QualityCheck("Deal", deal.id().value(), deal.owner(), deal.department(), hasTask,
                                hasTask ? "" : "no open task"));
                    }
                    return checks;
                });
    }

    /**
     * Every client taken on in the period has a contact whose consent to personal-data processing was recorded
     * within {@code within} of onboarding. A client still inside that time without one is not judged yet.
     */
    public static QualityStandard newClientsHaveConsentedContactWithin(Duration within) {
        Objects.requireNonNull(within, "within");
        return standard("clients.consent-within-" + within.toDays() + "d",
                "Every new client has a contact with consent recorded within " + within.toDays() + " days",
                (data, period) -> {
                    List<QualityCheck> checks = new ArrayList<>();
                    for (Client client : data.clients().all()) {
                        if (!period.contains(client.registeredAt())) {
                            continue;
                        }
                        Instant limit = client.registeredAt().plus(within);
                        boolean consented = data.contacts().ofClient(client.id()).stream()
                                .anyMatch(contact -> consentBy(contact, limit));
                        if (consented || !limit.isAfter(period.to())) {
                            checks.add(new QualityCheck("Client", client.id().value(), client.owner(),
                                    client.department(), consented, consented ? "" : "no consent by " + limit));
                        }
                    }
                    return checks;
                });
    }

    private static boolean consentBy(Contact contact, Instant limit) {
        for (ConsentRecord consent : contact.consents()) {
            if (consent.purpose() == ConsentPurpose.PERSONAL_DATA_PROCESSING && consent.given()
                    && !consent.at().isAfter(limit)) {
                return true;
            }
        }
        return false;
    }

    /** A standard from its id, description and check. */
    public static QualityStandard standard(String id, String description,
                                           BiFunction<Repositories, ReportingPeriod, List<QualityCheck>> check) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        return new QualityStandard() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public List<QualityCheck> check(Repositories data, ReportingPeriod period) {
                return check.apply(data, period);
            }

            @Override
            public String toString() {
                return "QualityStandard[" + id + "]";
            }
        };
    }
}
