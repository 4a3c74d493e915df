package org.crmkit.core.interaction;

/** Who started the interaction: the client (inbound), we (outbound), or nobody outside (an internal note). */
public enum Direction {
    INBOUND,
    OUTBOUND,
    INTERNAL
}
