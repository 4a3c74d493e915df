package org.crmkit.rules.process.verify;

import org.crmkit.core.shared.DomainException;

/** A process or state machine with verification errors was about to be used; carries the full report. */
public final class UnsoundDefinition extends DomainException {
    private final transient VerificationReport report;

    public UnsoundDefinition(VerificationReport report) {
        super("process.unsound",
                report.subject() + " has " + report.errors().size() + " verification error(s): " + report.errors(),
                report.subject() + ": ошибок проверки — " + report.errors().size());
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
