package org.crmkit.core.claim;

/** Whose move it is while a claim waits: SLA clocks pause either way, but reports tell them apart. */
public enum WaitingFor {
    CUSTOMER,
    SUPPLIER
}
