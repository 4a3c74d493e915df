package org.crmkit.core.analytics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmkit.core.shared.Money;

/**
 * The sales KPIs of the deals a reader may see.
 *
 * <p><b>Which deals count.</b> A deal counts when its access filter admits it, it was opened before the period
 * ends, and it is either still open or was closed (won or lost) within the period. Deals closed before the
 * period started are history and are left out. So {@code won + lost + open == deals}.
 *
 * @param deals              every deal that counts
 * @param won                counted deals closed as won within the period
 * @param lost               counted deals closed as lost within the period
 * @param open               counted deals still open now
 * @param pipelineValue      sum of the amounts of open deals (deals without an amount add nothing)
 * @param weightedPipeline   sum over open deals of amount × the deal's probability (stage default or the
 *                           owner's estimate), each product rounded half-even to the currency; never above
 *                           {@code pipelineValue}
 * @param winRate            won ÷ (won + lost): open deals are not losses
 * @param revenue            sum of the amounts of won deals (a won deal without an amount adds nothing)
 * @param wonWithAmount      won deals with an amount in the query currency: the population of the two below
 * @param averageWon         revenue ÷ wonWithAmount, rounded half-even; empty when none
 * @param medianWon          the middle won amount (mean of the two middle ones for an even count); empty when none
 * @param wonCycle           time from opening (first history entry) to closing, over won deals
 * @param lostCycle          the same over lost deals
 * @param funnel             the query pipeline's open stages in order, then its won outcome: a deal reached an
 *                           open stage when its history entered that stage or any later open stage, or it was
 *                           won (a won deal passed the whole funnel); the last step counts won deals. Only deals
 *                           of the query pipeline are in the funnel.
 * @param slices             per {@link Dimension}, the figures under each key, largest revenue first
 * @param otherCurrencyDeals counted deals whose amount is in another currency (left out of every money figure)
 */
public record SalesKpis(long deals, long won, long lost, long open, Money pipelineValue, Money weightedPipeline,
                        Ratio winRate, Money revenue, long wonWithAmount, Optional<Money> averageWon,
                        Optional<Money> medianWon, DurationStats wonCycle, DurationStats lostCycle,
                        List<FunnelStep> funnel, Map<Dimension, List<SliceRow>> slices, long otherCurrencyDeals) {
    public SalesKpis {
        funnel = List.copyOf(funnel);
        slices = Map.copyOf(slices);
    }

    public List<SliceRow> by(Dimension dimension) {
        return slices.getOrDefault(dimension, List.of());
    }
}
