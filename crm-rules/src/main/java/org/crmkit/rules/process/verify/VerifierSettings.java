package org.crmkit.rules.process.verify;

/**
 * Tunables of {@link ProcessVerifier}.
 *
 * @param splitThreshold a process with more steps than this is advised to be split into subprocesses
 */
public record VerifierSettings(int splitThreshold) {
    public static final VerifierSettings DEFAULT = new VerifierSettings(30);

    public VerifierSettings {
        if (splitThreshold < 1) {
            throw new IllegalArgumentException("the split threshold must be positive: " + splitThreshold);
        }
    }

    public VerifierSettings withSplitThreshold(int steps) {
        return new VerifierSettings(steps);
    }
}
