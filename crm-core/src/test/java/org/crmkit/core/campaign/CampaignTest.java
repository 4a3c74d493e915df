package org.crmkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.internal.memory.InMemoryCampaigns;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;
import org.junit.jupiter.api.Test;

class CampaignTest {
    private static final EmployeeId MIRA = EmployeeId.newId();
    private static final DepartmentId MARKETING = DepartmentId.newId();
    private static final Recipient ACME = Recipient.client(ClientId.newId());
    private static final Recipient IVAN = Recipient.contact(ContactId.newId());

    private static Stamp at(int minutes) {
        return Stamp.of(MIRA, Instant.parse("2025-03-01T09:00:00Z").plusSeconds(60L * minutes));
    }

    private static Campaign planned() {
        return Campaign.plan(CampaignId.newId(), " Spring promo ", CampaignChannel.of("Email"),
                CampaignPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), Money.of("5000", "USD"),
                null, MIRA, MARKETING, at(0));
    }

    @Test
    void a_campaign_runs_from_planned_to_finished_and_members_only_move_forward() {
        Campaign c = planned();
        c.invite(ACME, at(1));
        c.start(at(2));
        c.invite(IVAN, at(3));
        c.recordResponse(ACME, ResponseStatus.RESPONDED, at(4));
        c.recordResponse(ACME, ResponseStatus.CONVERTED, at(5));
        c.finish(at(6));
        c.recordResponse(IVAN, ResponseStatus.OPTED_OUT, at(7));

        assertThat(c.name()).isEqualTo("Spring promo");
        assertThat(c.channel().value()).isEqualTo("email");
        assertThat(c.status()).isEqualTo(CampaignStatus.FINISHED);
        assertThat(c.members()).extracting(CampaignMember::status)
                .containsExactly(ResponseStatus.CONVERTED, ResponseStatus.OPTED_OUT);
        assertThatThrownBy(() -> c.recordResponse(ACME, ResponseStatus.RESPONDED, at(8)))
                .isInstanceOf(ResponseCannotGoBack.class);
        assertThatThrownBy(() -> c.recordResponse(IVAN, ResponseStatus.RESPONDED, at(8)))
                .isInstanceOf(ResponseCannotGoBack.class);
        assertThatThrownBy(() -> c.start(at(9))).isInstanceOf(IllegalCampaignTransition.class);
    }

    @Test
    void responses_need_a_running_or_finished_campaign_and_a_member() {
        Campaign c = planned();
        c.invite(ACME, at(1));
        assertThatThrownBy(() -> c.recordResponse(ACME, ResponseStatus.RESPONDED, at(2)))
                .isInstanceOf(IllegalCampaignTransition.class);
        c.start(at(2));
        assertThatThrownBy(() -> c.recordResponse(IVAN, ResponseStatus.RESPONDED, at(3)))
                .isInstanceOf(NotACampaignMember.class);
    }

    @Test
    void a_cancelled_campaign_needs_a_reason_and_earns_no_deals() {
        Campaign c = planned();
        assertThatThrownBy(() -> c.cancel(" ", at(1))).isInstanceOf(ReasonRequired.class);
        c.cancel("budget cut", at(1));
        assertThat(c.cancellationReason()).contains("budget cut");
        assertThatThrownBy(() -> c.attributeDeal(DealId.newId(), at(2))).isInstanceOf(IllegalCampaignTransition.class);
        assertThatThrownBy(() -> c.invite(ACME, at(2))).isInstanceOf(IllegalCampaignTransition.class);
    }

    @Test
    void attributing_a_deal_twice_credits_it_once_and_raises_one_event() {
        Campaign c = planned();
        c.pullEvents();
        DealId deal = DealId.newId();
        c.attributeDeal(deal, at(1));
        c.attributeDeal(deal, at(2));

        assertThat(c.attributions()).extracting(DealAttribution::deal).containsExactly(deal);
        assertThat(c.pullEvents()).containsExactly(new DealAttributedToCampaign(c.id(), deal, MIRA, at(1).at()));
    }

    @Test
    void bad_periods_and_negative_budgets_are_refused() {
        assertThatThrownBy(() -> CampaignPeriod.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(CampaignPeriodOutOfOrder.class);
        assertThatThrownBy(() -> Campaign.plan(CampaignId.newId(), "x", CampaignChannel.of("web"),
                CampaignPeriod.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)), Money.of("-1", "USD"), null,
                MIRA, MARKETING, at(0))).isInstanceOf(NegativeCampaignBudget.class);
    }

    @Test
    void a_stored_campaign_restores_to_the_same_snapshot_and_is_found_by_its_deals() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        Campaign c = planned();
        c.invite(ACME, at(1));
        DealId deal = DealId.newId();
        c.attributeDeal(deal, at(2));
        campaigns.save(c);

        assertThat(campaigns.get(c.id()).snapshot()).isEqualTo(c.snapshot());
        assertThat(campaigns.creditedWith(deal)).extracting(Campaign::id).containsExactly(c.id());
        assertThat(Campaign.restore(c.snapshot(), 1).snapshot()).isEqualTo(c.snapshot());
    }
}
