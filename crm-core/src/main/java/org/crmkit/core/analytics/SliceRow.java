package org.crmkit.core.analytics;

import org.crmkit.core.shared.Money;

/**
 * The sales figures of the deals under one key of a {@link Dimension}, with the same definitions as
 * {@link SalesKpis}: {@code revenue} is the sum of won amounts in the query currency, {@code winRate} is
 * won ÷ (won + lost).
 *
 * @param key   the stable key (an id, a month, a label value)
 * @param label what a person reads (a name)
 */
public record SliceRow(String key, String label, long won, long lost, long open, Money revenue, Ratio winRate) {
    public long deals() {
        return won + lost + open;
    }
}
