package org.crmkit.core.analytics;

import org.crmkit.core.deal.StageKey;

/**
 * One step of the sales funnel.
 *
 * @param reached          deals that got at least this far (see {@link SalesKpis#funnel()})
 * @param toNext           reached(next step) ÷ reached(this step); over nothing on the last step
 */
public record FunnelStep(StageKey stage, String name, long reached, Ratio toNext) {
}
