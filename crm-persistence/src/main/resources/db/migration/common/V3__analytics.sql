-- Analytics (issue 7): campaigns with their members and deal attributions, deal reporting labels, and the
-- indexes the SQL KPIs (SqlKpis) read through. Vendor-neutral like V1: runs on H2 2.x and PostgreSQL.

CREATE TABLE crm_campaigns (
    id            UUID         NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    name          VARCHAR(500) NOT NULL,
    channel       VARCHAR(200) NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    budget_amount   NUMERIC(19, 4) NOT NULL,
    budget_currency VARCHAR(3)   NOT NULL,
    target_segment VARCHAR(200),
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'FINISHED', 'CANCELLED')),
    owner_id      UUID         NOT NULL,
    department_id UUID         NOT NULL,
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cancellation_reason VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID         NOT NULL,
    CONSTRAINT crm_campaigns_period CHECK (ends_on >= starts_on)
);
CREATE INDEX crm_campaigns_owner ON crm_campaigns (owner_id, id);
CREATE INDEX crm_campaigns_department ON crm_campaigns (department_id, id);

CREATE TABLE crm_campaign_members (
    campaign_id   UUID         NOT NULL REFERENCES crm_campaigns (id),
    position      INTEGER      NOT NULL,
    recipient_kind VARCHAR(10) NOT NULL CHECK (recipient_kind IN ('CLIENT', 'CONTACT')),
    recipient_id  UUID         NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('INVITED', 'RESPONDED', 'CONVERTED', 'OPTED_OUT')),
    invited_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

-- A deal may be credited to several campaigns; the KPIs join from the campaign side.
CREATE TABLE crm_campaign_attributions (
    campaign_id   UUID         NOT NULL REFERENCES crm_campaigns (id),
    position      INTEGER      NOT NULL,
    deal_id       UUID         NOT NULL,
    attributed_by UUID         NOT NULL,
    attributed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (campaign_id, position)
);
CREATE INDEX crm_campaign_attributions_deal ON crm_campaign_attributions (deal_id, campaign_id);

-- DealLabels: reporting labels a deal does not hold itself (product sold, ...), one row per key.
CREATE TABLE crm_deal_labels (
    deal_id       UUID         NOT NULL REFERENCES crm_deals (id),
    label_key     VARCHAR(100) NOT NULL,
    label_value   VARCHAR(500) NOT NULL,
    PRIMARY KEY (deal_id, label_key)
);

-- KPI reads: deals by status with the columns the money figures need; claims by registration time; tasks by
-- status for overdue and on-time figures; the first stage change of a deal (its opening) by position.
CREATE INDEX crm_deals_status_closed ON crm_deals (status, closed_at);
CREATE INDEX crm_claims_registered ON crm_claims (registered_at);
CREATE INDEX crm_claim_transitions_to ON crm_claim_transitions (to_status, claim_id, position);
CREATE INDEX crm_task_status_changes_to ON crm_task_status_changes (to_status, task_id, position);
