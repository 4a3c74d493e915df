package org.crmkit.rules.quality;

import java.util.List;
import org.crmkit.core.application.Repositories;

/**
 * A named rule over the company's data whose compliance is measured: each record it covers in a period passes or
 * breaks it. Records it cannot judge yet (a claim whose response is not yet due) are left out rather than
 * counted either way. A company defines its own alongside {@link QualityStandards}' examples.
 */
public interface QualityStandard {
    /** A stable id, e.g. {@code claims.first-response-in-sla}. */
    String id();

    /** What it asks, in words, for the report. */
    String description();

    List<QualityCheck> check(Repositories data, ReportingPeriod period);
}
