package org.crmkit.persistence.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A stored campaign: members and deal attributions in child tables, in their order on the aggregate. */
@Entity(name = "CampaignRow")
@Table(name = "crm_campaigns")
class CampaignRow extends AggregateRow {
    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "channel", nullable = false)
    public String channel;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "budget_amount", nullable = false, precision = 19, scale = 4)
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency", nullable = false, length = 3)
    public String budgetCurrency;

    @Column(name = "target_segment")
    public String targetSegment;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "owner_id", nullable = false)
    public UUID owner;

    @Column(name = "department_id", nullable = false)
    public UUID department;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @ElementCollection
    @CollectionTable(name = "crm_campaign_members", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<MemberColumns> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_campaign_attributions", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    public List<AttributionColumns> attributions = new ArrayList<>();

    @Embeddable
    record MemberColumns(@Column(name = "recipient_kind") String kind,
                         @Column(name = "recipient_id") UUID recipient,
                         @Column(name = "status") String status,
                         @Column(name = "invited_at") Instant invitedAt,
                         @Column(name = "status_since") Instant statusSince) {
    }

    @Embeddable
    record AttributionColumns(@Column(name = "deal_id") UUID deal,
                              @Column(name = "attributed_by") UUID by,
                              @Column(name = "attributed_at") Instant at) {
    }
}
