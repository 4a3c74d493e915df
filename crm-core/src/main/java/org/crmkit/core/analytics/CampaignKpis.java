package org.crmkit.core.analytics;

import java.util.Optional;

import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignStatus;
import org.crmkit.core.shared.Money;

/**
 * The figures of one campaign.
 *
 * @param members       everyone invited
 * @param responded     members now RESPONDED or CONVERTED
 * @param converted     members now CONVERTED
 * @param optedOut      members now OPTED_OUT
 * @param responseRate  responded ÷ members
 * @param deals         deals attributed to the campaign that the reader may see
 * @param won           those of them won (at any time: a campaign is credited with its deals' eventual outcome)
 * @param revenue       sum of the won ones' amounts in the query currency
 * @param budget        the campaign's budget
 * @param costPerWonDeal budget ÷ won, rounded half-even; empty when nothing was won or the budget is in another
 *                      currency
 */
public record CampaignKpis(CampaignId campaign, String name, String channel, CampaignStatus status, long members,
                           long responded, long converted, long optedOut, Ratio responseRate, long deals, long won,
                           Money revenue, Money budget, Optional<Money> costPerWonDeal) {
}
