package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.crmkit.core.analytics.CampaignKpis;
import org.crmkit.core.analytics.MarketingQuery;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignStatus;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Money;

/**
 * Campaign figures in SQL, with the definitions of {@link CampaignKpis}: the admitted campaigns' headers are read
 * (campaigns are few), members and credited deals are counted per campaign in the database.
 */
final class SqlMarketing {
    static final ScopedFilterSql ACCESS = new ScopedFilterSql(ProtectedRecords.CAMPAIGN, null);

    List<CampaignKpis> compute(Connection c, MarketingQuery q) {
        Map<UUID, Header> headers = new HashMap<>();
        KpiSql admitted = new KpiSql().append(" FROM crm_campaigns r WHERE 1=1")
                .andAdmittedBy(ACCESS, q.scope().campaigns());
        if (admitted.admitsNothing()) {
            return List.of();
        }
        new KpiSql().append("SELECT r.id, r.name, r.channel, r.status, r.starts_on, r.ends_on, r.budget_amount,"
                + " r.budget_currency").append(admitted).forEach(c, rs -> {
                    Header h = new Header(ScopedFilterSql.uuid(rs.getObject(1)), rs.getString(2), rs.getString(3),
                            CampaignStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            Money.of(rs.getBigDecimal(7), Currency.getInstance(rs.getString(8))));
                    if (h.overlaps(q)) {
                        headers.put(h.id, h);
                    }
                });
        new KpiSql().append("SELECT m.campaign_id, COUNT(*),"
                        + " SUM(CASE WHEN m.status IN ('RESPONDED', 'CONVERTED') THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.status = 'CONVERTED' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.status = 'OPTED_OUT' THEN 1 ELSE 0 END)"
                        + " FROM crm_campaign_members m WHERE m.campaign_id IN (SELECT r.id").append(admitted)
                .append(") GROUP BY m.campaign_id").forEach(c, rs -> {
                    Header h = headers.get(ScopedFilterSql.uuid(rs.getObject(1)));
                    if (h != null) {
                        h.members = KpiSql.longOf(rs, 2);
                        h.responded = KpiSql.longOf(rs, 3);
                        h.converted = KpiSql.longOf(rs, 4);
                        h.optedOut = KpiSql.longOf(rs, 5);
                    }
                });
        KpiSql deals = new KpiSql().append("SELECT a.campaign_id, COUNT(*),"
                        + " SUM(CASE WHEN r.status = 'WON' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.status = 'WON' AND r.currency = ? THEN r.amount END)"
                        + " FROM crm_campaign_attributions a JOIN crm_deals r ON r.id = a.deal_id WHERE 1=1",
                        q.currency().getCurrencyCode())
                .andAdmittedBy(SqlSales.ACCESS, q.scope().deals()).append(" GROUP BY a.campaign_id");
        if (!deals.admitsNothing()) {
            deals.forEach(c, rs -> {
                Header h = headers.get(ScopedFilterSql.uuid(rs.getObject(1)));
                if (h != null) {
                    h.deals = KpiSql.longOf(rs, 2);
                    h.won = KpiSql.longOf(rs, 3);
                    h.revenue = KpiSql.decimalOf(rs, 4);
                }
            });
        }
        List<CampaignKpis> rows = new ArrayList<>();
        headers.values().forEach(h -> rows.add(h.kpis(q.currency())));
        rows.sort(Comparator.comparing(CampaignKpis::revenue).reversed().thenComparing(CampaignKpis::name));
        return rows;
    }

    private static final class Header {
        final UUID id;
        final String name;
        final String channel;
        final CampaignStatus status;
        final LocalDate start;
        final LocalDate end;
        final Money budget;
        long members;
        long responded;
        long converted;
        long optedOut;
        long deals;
        long won;
        BigDecimal revenue = BigDecimal.ZERO;

        Header(UUID id, String name, String channel, CampaignStatus status, LocalDate start, LocalDate end,
               Money budget) {
            this.id = id;
            this.name = name;
            this.channel = channel;
            this.status = status;
            this.start = start;
            this.end = end;
            this.budget = budget;
        }

        /** Whether the campaign's days (start to end, both included) overlap the query period. */
        boolean overlaps(MarketingQuery q) {
            Instant from = start.atStartOfDay(q.zone()).toInstant();
            Instant to = end.plusDays(1).atStartOfDay(q.zone()).toInstant();
            return from.isBefore(q.period().to()) && to.isAfter(q.period().from());
        }

        CampaignKpis kpis(Currency currency) {
            Optional<Money> costPerWon = won == 0 || !budget.currency().equals(currency) ? Optional.empty()
                    : Optional.of(Money.of(budget.amount().divide(BigDecimal.valueOf(won),
                    Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency));
            return new CampaignKpis(new CampaignId(id), name, channel, status, members, responded, converted,
                    optedOut, Ratio.of(responded, members), deals, won, Money.of(revenue, currency), budget,
                    costPerWon);
        }
    }
}
