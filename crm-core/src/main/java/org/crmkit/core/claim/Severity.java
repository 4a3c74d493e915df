package org.crmkit.core.claim;

/** How badly the problem hurts the customer; SLA rules pick deadlines by it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
