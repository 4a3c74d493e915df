package org.crmkit.core.deal;

/** What reaching a stage means for the deal: still being worked on, won, or lost. */
public enum StageOutcome {
    OPEN,
    WON,
    LOST;

    public boolean isClosed() {
        return this != OPEN;
    }
}
