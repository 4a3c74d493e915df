package org.crmkit.core.analytics;

import java.util.Objects;

import org.crmkit.core.access.RecordFilter;

/**
 * The records a KPI may count: one list filter per kind of record, as the session's access policy gives them
 * ({@code deal.read}, {@code claim.read}, {@code task.read}, {@code campaign.read}). A record a filter refuses is
 * not counted anywhere: not in a total, not in a slice, not in a denominator.
 */
public record AccessScope(RecordFilter deals, RecordFilter claims, RecordFilter tasks, RecordFilter campaigns) {
    public AccessScope {
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(campaigns, "campaigns");
    }

    /** Counts every record: for trusted jobs and tests. */
    public static AccessScope everything() {
        RecordFilter all = RecordFilter.EVERYTHING;
        return new AccessScope(all, all, all, all);
    }
}
