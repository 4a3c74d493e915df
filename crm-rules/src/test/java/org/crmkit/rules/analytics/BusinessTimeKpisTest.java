package org.crmkit.rules.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.internal.memory.InMemoryDealLabels;
import org.crmkit.core.internal.memory.InMemoryKpis;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.calendar.BusinessCalendar;
import org.crmkit.rules.calendar.WorkingHours;
import org.junit.jupiter.api.Test;

/** Service KPIs measured in a business calendar's working time: the calendar's {@code between} is the measure. */
class BusinessTimeKpisTest {
    @Test
    void a_claim_registered_friday_evening_and_answered_monday_morning_waited_one_working_hour() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        BusinessCalendar calendar = BusinessCalendar.named("office", moscow)
                .weekdays(WorkingHours.parse("09:00-18:00")).build();
        Repositories repos = Repositories.inMemory();
        InMemoryKpis kpis = new InMemoryKpis(repos.deals(), repos.pipelines(), repos.clients(), repos.claims(),
                repos.tasks(), new InMemoryCampaigns(), repos.employees(), repos.departments(),
                new InMemoryDealLabels());
        Instant fridayEvening = Instant.parse("2025-03-07T14:30:00Z"); // 17:30 in Moscow
        Instant mondayMorning = Instant.parse("2025-03-10T06:30:00Z"); // 09:30 in Moscow
        Claim claim = Claim.register(ClaimId.newId(), ClientId.newId(), null, ClaimChannel.EMAIL,
                ClaimCategory.of("delivery"), Severity.LOW, "late", "late parcel", null, null, DepartmentId.newId(),
                Stamp.of(EmployeeId.newId(), fridayEvening));
        claim.respond(Stamp.of(EmployeeId.newId(), mondayMorning));
        repos.claims().save(claim);

        ServiceKpis calendarTime = kpis.service(ServiceQuery.asOf(mondayMorning));
        ServiceKpis businessTime = kpis.service(ServiceQuery.asOf(mondayMorning).measuredBy(calendar::between));

        assertThat(calendarTime.firstResponse().median()).contains(Duration.ofHours(64));
        assertThat(businessTime.firstResponse().median()).contains(Duration.ofHours(1));
    }
}
