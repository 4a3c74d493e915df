package org.crmkit.core.campaign;

/** Where a campaign is in its life: PLANNED → RUNNING → FINISHED, or CANCELLED before it finished. */
public enum CampaignStatus {
    PLANNED,
    RUNNING,
    FINISHED,
    CANCELLED;

    /** FINISHED and CANCELLED are final. */
    public boolean isOver() {
        return this == FINISHED || this == CANCELLED;
    }
}
