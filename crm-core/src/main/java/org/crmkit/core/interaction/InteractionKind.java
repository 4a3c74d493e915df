package org.crmkit.core.interaction;

/** What sort of contact with a client took place. */
public enum InteractionKind {
    MEETING,
    CALL,
    EMAIL,
    MESSAGE,
    VISIT,
    NOTE
}
