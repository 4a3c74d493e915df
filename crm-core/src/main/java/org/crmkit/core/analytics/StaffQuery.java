package org.crmkit.core.analytics;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * What the execution and staff KPIs look at.
 *
 * @param period   tasks completed within it count for on-time figures; deals closed within it for sales figures
 * @param asOf     the moment overdue load is judged at
 * @param currency the currency revenue is summed in
 * @param scope    the records the reader may count
 */
public record StaffQuery(Period period, Instant asOf, Currency currency, AccessScope scope) {
    public StaffQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(scope, "scope");
    }

    public static StaffQuery asOf(Instant now, String currencyCode) {
        return new StaffQuery(Period.always(), now, Currency.getInstance(currencyCode), AccessScope.everything());
    }

    public StaffQuery in(Period newPeriod) {
        return new StaffQuery(newPeriod, asOf, currency, scope);
    }

    public StaffQuery within(AccessScope newScope) {
        return new StaffQuery(period, asOf, currency, newScope);
    }

}
