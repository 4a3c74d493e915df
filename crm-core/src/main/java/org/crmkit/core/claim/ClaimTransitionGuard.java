package org.crmkit.core.claim;

import org.crmkit.core.shared.GuardDecision;

/**
 * The service-provider hook consulted before a claim's status move is stored, where a company's process is
 * stricter than the claim's own lifecycle (crm-rules implements it from a company's transition policy). Core only
 * declares it. It sees the claim as the command left it (status already {@code to}, with what the command supplied,
 * e.g. the resolution notes) before anything is stored; it must only read it. A refusal leaves stored data as it was.
 */
@FunctionalInterface
public interface ClaimTransitionGuard {
    GuardDecision check(Claim claim, ClaimStatus from, ClaimStatus to);

    /** Lets every move the claim's lifecycle allows through (the default). */
    ClaimTransitionGuard ALLOW_ALL = (claim, from, to) -> GuardDecision.allow();
}
