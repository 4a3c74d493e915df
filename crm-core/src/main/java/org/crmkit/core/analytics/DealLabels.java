package org.crmkit.core.analytics;

import java.util.Map;

import org.crmkit.core.deal.DealId;

/**
 * Reporting labels of deals that the deal aggregate does not hold, such as the product sold ({@code product →
 * "GTX Pro"}). A side port so that reporting needs do not change the Deal aggregate; an importer writes the
 * labels it finds, an embedding application those it knows.
 */
public interface DealLabels {
    /** The label key of the product a deal sells. */
    String PRODUCT = "product";

    /** The labels of a deal, empty when it has none. */
    Map<String, String> of(DealId deal);

    /** Sets (or, with a null value, removes) one label of a deal. */
    void label(DealId deal, String key, String value);
}
