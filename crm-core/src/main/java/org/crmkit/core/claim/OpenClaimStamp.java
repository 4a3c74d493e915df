package org.crmkit.core.claim;

/**
 * Receives, per open claim, what tells whether it changed since a reader last saw it, without the claim being
 * restored: its id, its stored version and the length of its history (see {@link Claims#forEachOpenStamp}).
 */
@FunctionalInterface
public interface OpenClaimStamp {
    /**
     * @param claim         the open claim
     * @param version       its stored {@link Claim#version()}: what {@code get(claim)} would restore
     * @param historyLength its {@link Claim#historyLength()} at that version
     */
    void accept(ClaimId claim, long version, int historyLength);
}
