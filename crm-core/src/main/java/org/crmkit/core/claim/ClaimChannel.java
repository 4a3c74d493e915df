package org.crmkit.core.claim;

/** Where the customer brought the claim in. */
public enum ClaimChannel {
    SHOP,
    EMAIL,
    SOCIAL_NETWORK,
    CALL_CENTRE,
    SUPPORT,
    WEB,
    PHONE,
    VISIT
}
