package org.crmkit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.contacts.RecordConsent;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.tasks.CreateTask;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.service.ClaimSlaAssignments;
import org.crmkit.rules.service.ClaimSlaRegistrar;
import org.crmkit.rules.service.EscalationLadder;
import org.crmkit.rules.service.ServiceCompany;
import org.crmkit.rules.service.SlaCalendars;
import org.crmkit.rules.service.SlaSweep;
import org.crmkit.rules.sla.Milestone;
import org.crmkit.rules.sla.SlaPolicies;
import org.crmkit.rules.sla.SlaPolicy;
import org.crmkit.rules.sla.SlaPolicyId;
import org.crmkit.rules.sla.SlaScope;
import org.junit.jupiter.api.Test;

/** A week of a small company's work (Mon 2026-03-02 to Mon 2026-03-09) with compliance known by hand. */
class QualityReportTest {
    static final ReportingPeriod WEEK = new ReportingPeriod(Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-03-09T00:00:00Z"));

    final ServiceCompany co = new ServiceCompany();
    final SlaPolicies policies = SlaPolicies.of(List.of(new SlaPolicy(SlaPolicyId.of("standard"), 1,
            Instant.parse("2026-01-01T00:00:00Z"), SlaScope.anyClaim(), Duration.ofHours(2), Duration.ofHours(16), "svc", 75)));
    final ClaimSlaAssignments assignments = ClaimSlaAssignments.inMemory();
    final ClaimSlaRegistrar registrar = new ClaimSlaRegistrar(policies, SlaCalendars.of(ServiceCompany.CALENDAR),
            assignments, co.repositories.clients());
    final SlaSweep sweep = SlaSweep.builder(co.crm, co.repositories).policies(policies)
            .calendars(SlaCalendars.of(ServiceCompany.CALENDAR)).assignments(assignments)
            .ladder(EscalationLadder.builder().build()).build();

    @Test
    void the_report_gives_each_standards_compliance_per_employee_and_department_with_the_breaking_records() {
        co.at("2026-03-01T12:00:00Z");
        ClientId oldClient = co.crm.as(co.max).clients().onboard(OnboardClient.company("ООО Старый", "7707083893"));
        ClaimId beforePeriod = claim(co.alice, oldClient, "2026-03-01T12:00:00Z");

        ClaimId answeredInTime = claim(co.alice, oldClient, "2026-03-02T10:00:00Z");
        respond(co.alice, answeredInTime, "2026-03-02T11:00:00Z");
        ClaimId answeredLate = claim(co.alice, oldClient, "2026-03-02T10:00:00Z");
        respond(co.alice, answeredLate, "2026-03-02T13:00:00Z");
        ClaimId bobsInTime = claim(co.bob, oldClient, "2026-03-03T09:00:00Z");
        respond(co.bob, bobsInTime, "2026-03-03T09:30:00Z");
        claim(co.alice, oldClient, "2026-03-08T20:00:00Z"); // Sunday evening: not due before the period ends

        co.at("2026-03-02T10:00:00Z");
        DealId withTask = negotiating(co.max, oldClient);
        DealId withDoneTask = negotiating(co.max, oldClient);
        co.crm.as(co.max).tasks().create(CreateTask.of("Send the contract", co.max, null).about(oldClient, withTask, null));
        TaskId done = co.crm.as(co.max).tasks().create(CreateTask.of("Call", co.max, null).about(oldClient, withDoneTask, null));
        co.crm.as(co.max).tasks().start(done);
        co.crm.as(co.max).tasks().complete(done);
        co.crm.as(co.sara).deals().open(OpenDeal.of(oldClient, "Not negotiating yet"));

        ClientId consentedInTime = clientWithConsent(co.max, "ООО Быстрый", "2026-03-02T10:00:00Z", "2026-03-03T10:00:00Z");
        ClientId consentedLate = clientWithConsent(co.max, "ООО Медленный", "2026-03-02T12:00:00Z", "2026-03-05T13:00:00Z");
        co.at("2026-03-07T10:00:00Z");
        co.crm.as(co.sara).clients().onboard(OnboardClient.person("Pavel", "Novikov")); // still has until Monday 10:00

        QualityReport report = QualityReport.evaluate(List.of(
                QualityStandards.firstResponseWithinSla((claim, at) -> {
                    registrar.assign(claim);
                    return sweep.evaluate(claim, at).state(Milestone.FIRST_RESPONSE);
                }),
                QualityStandards.openDealsInStageHaveAnOpenTask("negotiation"),
                QualityStandards.newClientsHaveConsentedContactWithin(Duration.ofDays(2))), co.repositories, WEEK);

        QualityReport.Result response = report.of("claims.first-response-in-sla");
        assertThat(response.overall()).isEqualTo(new QualityReport.Compliance(3, 2));
        assertThat(response.overall().percent()).contains(new BigDecimal("66.7"));
        assertThat(response.of(co.alice)).isEqualTo(new QualityReport.Compliance(2, 1));
        assertThat(response.of(co.bob)).isEqualTo(new QualityReport.Compliance(1, 1));
        assertThat(response.of(co.line1)).isEqualTo(new QualityReport.Compliance(3, 2));
        assertThat(response.breaches()).extracting(QualityCheck::record).containsExactly(answeredLate.value());
        assertThat(response.breaches()).extracting(QualityCheck::record).doesNotContain(beforePeriod.value());

        QualityReport.Result deals = report.of("deals.negotiation-has-open-task");
        assertThat(deals.overall()).isEqualTo(new QualityReport.Compliance(2, 1));
        assertThat(deals.of(co.max)).isEqualTo(new QualityReport.Compliance(2, 1));
        assertThat(deals.of(co.sales)).isEqualTo(new QualityReport.Compliance(2, 1));
        assertThat(deals.breaches()).extracting(QualityCheck::record).containsExactly(withDoneTask.value());
        assertThat(withTask).isNotEqualTo(withDoneTask);

        QualityReport.Result consent = report.of("clients.consent-within-2d");
        assertThat(consent.overall()).isEqualTo(new QualityReport.Compliance(2, 1));
        assertThat(consent.of(co.max).percent()).contains(new BigDecimal("50.0"));
        assertThat(consent.of(co.sara)).as("Sara's new client is not judged yet").isEqualTo(new QualityReport.Compliance(0, 0));
        assertThat(consent.of(co.sara).percent()).isEmpty();
        assertThat(consent.breaches()).extracting(QualityCheck::record).containsExactly(consentedLate.value());
        assertThat(consentedInTime).isNotNull();
    }

    private ClaimId claim(EmployeeId by, ClientId client, String at) {
        co.at(at);
        return co.crm.as(by).claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL, "delivery",
                Severity.MEDIUM, "Late delivery", "The order is late"));
    }

    private void respond(EmployeeId by, ClaimId claim, String at) {
        co.at(at);
        co.crm.as(by).claims().respond(claim);
    }

    private DealId negotiating(EmployeeId owner, ClientId client) {
        DealId deal = co.crm.as(owner).deals().open(OpenDeal.of(client, "Servers"));
        for (String stage : List.of("qualification", "proposal", "negotiation")) {
            co.crm.as(owner).deals().advance(new MoveDeal(deal, stage));
        }
        return deal;
    }

    private ClientId clientWithConsent(EmployeeId owner, String name, String onboardedAt, String consentAt) {
        co.at(onboardedAt);
        ClientId client = co.crm.as(owner).clients().onboard(OnboardClient.company(name, null));
        ContactId contact = co.crm.as(owner).contacts().add(AddContact.of(client, "Ivan", "Petrov", "CEO"));
        co.at(consentAt);
        co.crm.as(owner).contacts().giveConsent(new RecordConsent(contact, ConsentPurpose.PERSONAL_DATA_PROCESSING, "web form"));
        return client;
    }
}
