package org.crmkit.rules.sla;

/** The points on a claim's way that an SLA times. */
public enum Milestone {
    FIRST_RESPONSE,
    RESOLUTION
}
