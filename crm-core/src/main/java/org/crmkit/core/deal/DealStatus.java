package org.crmkit.core.deal;

/** Where a deal stands overall; always the outcome of its current stage. */
public enum DealStatus {
    OPEN,
    WON,
    LOST;

    static DealStatus of(StageOutcome outcome) {
        return switch (outcome) {
            case OPEN -> OPEN;
            case WON -> WON;
            case LOST -> LOST;
        };
    }

    public boolean isClosed() {
        return this != OPEN;
    }
}
