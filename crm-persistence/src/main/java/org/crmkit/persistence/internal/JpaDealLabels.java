package org.crmkit.persistence.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.deal.DealId;

/**
 * {@link DealLabels} on crm_deal_labels, in the use case's transaction when one is open (so an importer can label a
 * deal it has just saved). Same rules as the in-memory adapter: values are stripped, a null or blank value removes
 * the label. The product label is also kept on the deal's row (crm_deals.product) for the KPI queries.
 */
public final class JpaDealLabels implements DealLabels {
    private final UnitOfWork work;

    public JpaDealLabels(UnitOfWork work) {
        this.work = work;
    }

    @Override
    public Map<String, String> of(DealId deal) {
        return work.withEntityManager(em -> {
            List<?> rows = em.createNativeQuery("SELECT label_key, label_value FROM crm_deal_labels WHERE deal_id = :d")
                    .setParameter("d", deal.value()).getResultList();
            Map<String, String> labels = new TreeMap<>();
            for (Object row : rows) {
                Object[] cols = (Object[]) row;
                labels.put((String) cols[0], (String) cols[1]);
            }
            return Map.copyOf(labels);
        });
    }

    @Override
    public void label(DealId deal, String key, String value) {
        work.withEntityManager(em -> {
            em.createNativeQuery("DELETE FROM crm_deal_labels WHERE deal_id = :d AND label_key = :k")
                    .setParameter("d", deal.value()).setParameter("k", key).executeUpdate();
            if (value != null && !value.isBlank()) {
                em.createNativeQuery("INSERT INTO crm_deal_labels (deal_id, label_key, label_value) VALUES (:d, :k, :v)")
                        .setParameter("d", deal.value()).setParameter("k", key).setParameter("v", value.strip())
                        .executeUpdate();
            }
            if (PRODUCT.equals(key)) {
                // KPI fact: the product slice reads it from the deal's row (V5).
                em.createNativeQuery("UPDATE crm_deals SET product = :v WHERE id = :d").setParameter("d", deal.value())
                        .setParameter("v", value == null || value.isBlank() ? null : value.strip()).executeUpdate();
            }
            return null;
        });
    }
}
