package org.crmkit.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.Client;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.StageChange;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.core.task.TaskStatusChange;

/**
 * The facts the KPIs read from an aggregate's history, defined once: the in-memory KPIs compute them on the fly,
 * a database adapter stores them on the aggregate's row when it saves it (so KPI queries need not read the
 * history tables). Both must therefore call these and nothing else.
 */
public final class KpiFacts {
    /** Separates (and encloses) the stage keys of {@link #enteredStages}. */
    public static final String STAGE_SEPARATOR = "|";

    private KpiFacts() {
    }

    /**
     * Every stage the deal's history entered, distinct, sorted by key and enclosed in {@link #STAGE_SEPARATOR}s
     * ("|lead|proposal|"), so "entered stage s" reads as "contains |s|".
     */
    public static String enteredStages(Deal d) {
        TreeSet<String> keys = new TreeSet<>();
        for (StageChange change : d.history()) {
            keys.add(change.to().value());
        }
        return STAGE_SEPARATOR + String.join(STAGE_SEPARATOR, keys) + STAGE_SEPARATOR;
    }

    /** The prefix of the client tag that names its sector ("sector:technology"). */
    public static final String SECTOR_TAG = "sector:";

    /**
     * The client's sector: the value of its first {@link #SECTOR_TAG} tag in tag order (the least one), if any.
     * A deal's sector is its client's.
     */
    public static Optional<String> sector(Client c) {
        return c.tags().stream().filter(t -> t.startsWith(SECTOR_TAG)).map(t -> t.substring(SECTOR_TAG.length()))
                .findFirst();
    }

    /**
     * The claim's last move into RESOLVED, when the claim still stands resolved (RESOLVED, or CLOSED with no
     * reopening or rejection since).
     */
    public static Optional<Instant> resolvedAt(Claim c) {
        if (c.status() != ClaimStatus.RESOLVED && c.status() != ClaimStatus.CLOSED) {
            return Optional.empty();
        }
        List<ClaimTransition> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            ClaimStatus to = history.get(i).to();
            if (to == ClaimStatus.RESOLVED) {
                return Optional.of(history.get(i).at());
            }
            if (to == ClaimStatus.REJECTED || to == ClaimStatus.REOPENED) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the claim was ever finished (moved to a status that is not open), even if reopened since. */
    public static boolean finished(Claim c) {
        return c.history().stream().anyMatch(t -> !t.to().isOpen());
    }

    /** The moment of the task's last move to DONE, if it is done. */
    public static Optional<Instant> completedAt(Task t) {
        if (t.status() != TaskStatus.DONE) {
            return Optional.empty();
        }
        List<TaskStatusChange> history = t.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == TaskStatus.DONE) {
                return Optional.of(history.get(i).at());
            }
        }
        return Optional.empty();
    }
}
