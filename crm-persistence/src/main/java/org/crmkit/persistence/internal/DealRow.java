package org.crmkit.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A stored deal: the amount as amount + currency, involved contacts and stage history in child tables. */
@Entity(name = "DealRow")
@Table(name = "crm_deals")
class DealRow extends AggregateRow {
    @Column(name = "client_id", nullable = false)
    public UUID client;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "pipeline", nullable = false)
    public String pipeline;

    @Column(name = "stage", nullable = false)
    public String stage;

    @Column(name = "status", nullable = false)
    public String status;

    @Column(name = "probability")
    public Integer probability;

    @ElementCollection
    @CollectionTable(name = "crm_deal_contacts", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    public List<DealContactColumns> contacts = new ArrayList<>();

    @Embedded
    public MoneyColumns amount;

    @Column(name = "expected_close_on")
    public LocalDate expectedCloseOn;

    @Column(name = "owner_id", nullable = false)
    public UUID owner;

    @Column(name = "department_id", nullable = false)
    public UUID department;

    @Column(name = "lost_reason")
    public String lostReason;

    @Column(name = "contract_reference")
    public String contractReference;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** KPI fact, written only (by {@link JpaDeals#derive}): the first stage change's time. */
    @Column(name = "opened_at")
    public Instant openedAt;

    /** KPI fact, written only: microseconds from opening to closing, null while open. */
    @Column(name = "cycle_micros")
    public Long cycleMicros;

    /** KPI fact (V6_2): {@code Deal.weightedAmount()} in the currency's smallest unit; null without an amount. */
    @Column(name = "weighted_units", precision = 38, scale = 0)
    public java.math.BigDecimal weightedUnits;

    /**
     * KPI fact, written only: {@code KpiFacts.sector} of the deal's client. Inserted with the deal, never updated
     * from this row: JpaClients sets it on all the client's deals when the tags change, and a deal row loaded
     * before that must not write back the old value.
     */
    @Column(name = "sector", updatable = false)
    public String sector;

    /** KPI fact, written only: {@code KpiFacts.enteredStages}. */
    @Column(name = "entered_stages")
    public String enteredStages;

    @ElementCollection
    @CollectionTable(name = "crm_deal_stage_changes", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    public List<StageChangeColumns> history = new ArrayList<>();

    @Embeddable
    record DealContactColumns(@Column(name = "contact_id") UUID contact, @Column(name = "contact_role") String role) {
    }

    @Embeddable
    record StageChangeColumns(@Column(name = "from_stage") String from,
                              @Column(name = "to_stage") String to,
                              @Column(name = "changed_by") UUID by,
                              @Column(name = "changed_at") Instant at,
                              @Column(name = "note") String note) {
    }
}
