package org.crmkit.core.client;

/**
 * Where a client stands in the relationship. PROSPECT → ACTIVE ⇄ SUSPENDED, and from any of them to OFFBOARDED,
 * which is final: an off-boarded client keeps its history but changes no more.
 */
public enum ClientStatus {
    PROSPECT,
    ACTIVE,
    SUSPENDED,
    OFFBOARDED
}
