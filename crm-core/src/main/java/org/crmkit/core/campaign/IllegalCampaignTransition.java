package org.crmkit.core.campaign;

import org.crmkit.core.shared.IllegalTransition;

/** The campaign's status does not allow the requested move or command (e.g. starting a finished campaign). */
public final class IllegalCampaignTransition extends IllegalTransition {
    private final CampaignStatus status;

    public IllegalCampaignTransition(CampaignId id, CampaignStatus from, CampaignStatus to) {
        super("campaign.illegal-transition", "Campaign", id, from, to);
        this.status = from;
    }

    public IllegalCampaignTransition(CampaignId id, CampaignStatus status, String actionEn, String actionRu) {
        super("campaign.illegal-transition",
                "Campaign " + id + " cannot " + actionEn + " while " + status,
                "Кампания " + id + ": нельзя " + actionRu + " в статусе " + status);
        this.status = status;
    }

    /** The status the campaign was in when the command was refused. */
    public CampaignStatus status() {
        return status;
    }
}
