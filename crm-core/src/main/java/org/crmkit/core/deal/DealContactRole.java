package org.crmkit.core.deal;

/** The part a client's contact person plays in a deal (the buying centre). */
public enum DealContactRole {
    DECISION_MAKER,
    INFLUENCER,
    CHAMPION,
    TECHNICAL_BUYER,
    ECONOMIC_BUYER,
    USER,
    GATEKEEPER,
    OTHER
}
