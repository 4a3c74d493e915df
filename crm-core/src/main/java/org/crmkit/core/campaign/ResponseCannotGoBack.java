package org.crmkit.core.campaign;

import org.crmkit.core.shared.DomainException;

/** A member's response would move backwards (CONVERTED → RESPONDED) or leave OPTED_OUT. */
public final class ResponseCannotGoBack extends DomainException {
    public ResponseCannotGoBack(CampaignId campaign, Recipient recipient, ResponseStatus from, ResponseStatus to) {
        super("campaign.response-backwards",
                "In campaign " + campaign + ", " + recipient + " cannot go from " + from + " to " + to,
                "В кампании " + campaign + " участник " + recipient + " не может перейти из " + from + " в " + to);
    }
}
