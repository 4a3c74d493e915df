package org.crmkit.core.analytics;

/**
 * The claims under one value of a claim attribute (category, channel or severity), with their SLA compliance
 * defined as in {@link ServiceKpis#slaCompliance()}.
 */
public record CategoryRow(String key, long claims, Ratio slaCompliance) {
}
