package org.crmkit.core.interaction;

/** The channel an interaction went through, for the 360° view across channels. */
public enum InteractionChannel {
    SHOP,
    EMAIL,
    SOCIAL_NETWORK,
    CALL_CENTRE,
    SUPPORT,
    WEB,
    PHONE
}
