package org.crmkit.rules.process.verify;

import java.util.Comparator;
import java.util.List;

/**
 * What a verifier found about one process or state machine: errors first, then warnings, each group in a
 * fixed order (by code, then by where the node was declared), so that the same input always gives the same
 * report.
 */
public final class VerificationReport {
    private final String subject;
    private final List<Finding> findings;

    VerificationReport(String subject, List<Finding> findings) {
        this.subject = subject;
        // The verifiers add findings in declaration order within each code, and List.sort is stable.
        this.findings = findings.stream().sorted(Comparator.comparing(Finding::code)).toList();
    }

    /** What was verified, e.g. {@code process claim-handling v2}. */
    public String subject() {
        return subject;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /** No errors: fit to run (warnings are advice). */
    public boolean isSound() {
        return errors().isEmpty();
    }

    /** @throws UnsoundDefinition carrying this report when it has errors */
    public VerificationReport requireSound() {
        if (!isSound()) {
            throw new UnsoundDefinition(this);
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(subject).append(": ").append(errors().size()).append(" error(s), ")
                .append(warnings().size()).append(" warning(s)");
        findings.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f));
        return text.toString();
    }
}
