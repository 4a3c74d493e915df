package org.crmkit.persistence.internal;

import java.time.Instant;
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

/**
 * A stored claim with its transitions and supplier involvements in child tables. {@link #owner} and
 * {@link #department} are derived ({@code Claim.owner()}/{@code department()}) and only written, for access filters.
 */
@Entity(name = "ClaimRow")
@Table(name = "crm_claims")
class ClaimRow extends AggregateRow {
    @Column(name = "client_id", nullable = false)
    public UUID client;
    @Column(name = "contact_id")
    public UUID contact;
    @Column(name = "channel", nullable = false)
    public String channel;
    @Column(name = "category", nullable = false)
    public String category;
    @Column(name = "severity", nullable = false)
    public String severity;
    @Column(name = "subject", nullable = false)
    public String subject;
    @Column(name = "description")
    public String description;
    @Column(name = "deal_id")
    public UUID deal;
    @Column(name = "product")
    public String product;
    @Column(name = "registered_by", nullable = false)
    public UUID registeredBy;
    @Column(name = "registrar_department_id", nullable = false)
    public UUID registrarDepartment;
    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
    @Column(name = "status", nullable = false)
    public String status;
    @Column(name = "waiting_for")
    public String waitingFor;

    @ElementCollection
    @CollectionTable(name = "crm_claim_transitions", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<TransitionColumns> history = new ArrayList<>();

    @Column(name = "assigned_department_id")
    public UUID assignedDepartment;
    @Column(name = "assignee_id")
    public UUID assignee;
    @Column(name = "response_deadline")
    public Instant responseDeadline;
    @Column(name = "resolution_deadline")
    public Instant resolutionDeadline;
    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;
    @Column(name = "escalation_level", nullable = false)
    public int escalationLevel;

    @ElementCollection
    @CollectionTable(name = "crm_claim_suppliers", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    public List<SupplierColumns> supplierInvolvements = new ArrayList<>();

    @Column(name = "resolution_notes")
    public String resolutionNotes;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "satisfaction")
    public Integer satisfaction;
    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Column(name = "owner_id", nullable = false)
    public UUID owner;
    @Column(name = "department_id", nullable = false)
    public UUID department;

    /** KPI fact, written only (by {@link JpaClaims#derive}): {@code KpiFacts.resolvedAt}. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** KPI fact, written only: {@code KpiFacts.finished}. */
    @Column(name = "finished", nullable = false)
    public boolean finished;

    @Embeddable
    record TransitionColumns(@Column(name = "from_status") String from,
                             @Column(name = "to_status") String to,
                             @Column(name = "changed_by") UUID by,
                             @Column(name = "changed_at") Instant at,
                             @Column(name = "reason") String reason,
                             @Column(name = "waiting_for") String waitingFor) {
    }

    @Embeddable
    record SupplierColumns(@Column(name = "supplier") String supplier,
                           @Column(name = "request") String request,
                           @Column(name = "asked_at") Instant askedAt,
                           @Column(name = "due_at") Instant dueAt,
                           @Column(name = "answered_at") Instant answeredAt,
                           @Column(name = "answer") String answer) {
    }
}
