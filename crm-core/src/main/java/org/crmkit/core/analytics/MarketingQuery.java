package org.crmkit.core.analytics;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * What the campaign KPIs look at.
 *
 * @param period   campaigns whose run (start to end day, in {@code zone}) overlaps it count
 * @param currency the currency revenue is summed in
 * @param scope    the records the reader may count: campaigns by {@code campaigns}, attributed deals by
 *                 {@code deals}
 */
public record MarketingQuery(Period period, Currency currency, ZoneId zone, AccessScope scope) {
    public MarketingQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scope, "scope");
    }

    public static MarketingQuery of(String currencyCode) {
        return new MarketingQuery(Period.always(), Currency.getInstance(currencyCode), ZoneId.of("UTC"),
                AccessScope.everything());
    }

    public MarketingQuery within(AccessScope newScope) {
        return new MarketingQuery(period, currency, zone, newScope);
    }
}
