package org.crmkit.core.internal.memory;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignMember;
import org.crmkit.core.campaign.DealAttribution;
import org.crmkit.core.campaign.ResponseStatus;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Money;

/** Campaign figures, with the definitions of {@link CampaignKpis}. */
final class MarketingFigures {
    private MarketingFigures() {
    }

    static List<CampaignKpis> compute(List<Campaign> campaigns, Deals deals, MarketingQuery q) {
        return campaigns.stream()
                .filter(c -> q.scope().campaigns().admits(ProtectedRecords.of(c)))
                .filter(c -> overlaps(c, q))
                .map(c -> figures(c, deals, q))
                .sorted(Comparator.comparing(CampaignKpis::revenue).reversed().thenComparing(CampaignKpis::name))
                .toList();
    }

    /** Whether the campaign's days (start to end, both included) overlap the query period. */
    private static boolean overlaps(Campaign c, MarketingQuery q) {
        java.time.Instant start = c.period().start().atStartOfDay(q.zone()).toInstant();
        java.time.Instant end = c.period().end().plusDays(1).atStartOfDay(q.zone()).toInstant();
        return start.isBefore(q.period().to()) && end.isAfter(q.period().from());
    }

    private static CampaignKpis figures(Campaign c, Deals deals, MarketingQuery q) {
        long members = c.members().size();
        long responded = 0;
        long converted = 0;
        long optedOut = 0;
        for (CampaignMember m : c.members()) {
            responded += m.status().isResponse() ? 1 : 0;
            converted += m.status() == ResponseStatus.CONVERTED ? 1 : 0;
            optedOut += m.status() == ResponseStatus.OPTED_OUT ? 1 : 0;
        }
        long seen = 0;
        long won = 0;
        Money revenue = Money.zero(q.currency());
        for (DealAttribution a : c.attributions()) {
            Optional<Deal> deal = deals.find(a.deal()).filter(d -> q.scope().deals().admits(ProtectedRecords.of(d)));
            if (deal.isEmpty()) {
                continue;
            }
            seen++;
            if (deal.get().status() == DealStatus.WON) {
                won++;
                Optional<Money> amount = deal.get().amount().filter(m -> m.currency().equals(q.currency()));
                if (amount.isPresent()) {
                    revenue = revenue.plus(amount.get());
                }
            }
        }
        Optional<Money> costPerWon = won == 0 || !c.budget().currency().equals(q.currency()) ? Optional.empty()
                : Optional.of(Money.of(c.budget().amount().divide(java.math.BigDecimal.valueOf(won),
                Math.max(q.currency().getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), q.currency()));
        return new CampaignKpis(c.id(), c.name(), c.channel().value(), c.status(), members, responded, converted,
                optedOut, Ratio.of(responded, members), seen, won, revenue, c.budget(), costPerWon);
    }
}
