package org.crmkit.core.analytics;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

import org.crmkit.core.deal.PipelineKey;

/**
 * What the sales KPIs look at.
 *
 * @param period   which deals count: see {@link SalesKpis} for the rule
 * @param currency the currency money KPIs are summed in; deals with an amount in another currency are left out of
 *                 the money figures (and counted in {@link SalesKpis#otherCurrencyDeals()}) but still count as
 *                 won, lost or open
 * @param pipeline the pipeline whose stages the funnel walks
 * @param zone     the zone that decides which month a close falls in
 * @param scope    the records the reader may count
 */
public record SalesQuery(Period period, Currency currency, PipelineKey pipeline, ZoneId zone, AccessScope scope) {
    public SalesQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scope, "scope");
    }

    /** All time, the default pipeline, UTC months, every record. */
    public static SalesQuery of(String currencyCode) {
        return new SalesQuery(Period.always(), Currency.getInstance(currencyCode), PipelineKey.DEFAULT,
                ZoneId.of("UTC"), AccessScope.everything());
    }

    public SalesQuery in(Period newPeriod) {
        return new SalesQuery(newPeriod, currency, pipeline, zone, scope);
    }

    public SalesQuery withPipeline(PipelineKey newPipeline) {
        return new SalesQuery(period, currency, newPipeline, zone, scope);
    }

    public SalesQuery within(AccessScope newScope) {
        return new SalesQuery(period, currency, pipeline, zone, newScope);
    }
}
