package org.crmkit.persistence.internal;

import java.time.Instant;
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

/** A stored task with status history, delegation chain and route steps in child tables. */
@Entity(name = "TaskRow")
@Table(name = "crm_tasks")
class TaskRow extends AggregateRow {
    @Column(name = "title", nullable = false)
    public String title;
    @Column(name = "description")
    public String description;
    @Column(name = "creator_id", nullable = false)
    public UUID creator;
    @Column(name = "created_on", nullable = false)
    public Instant createdAt;
    @Column(name = "owner_id", nullable = false)
    public UUID assignee;
    @Column(name = "department_id", nullable = false)
    public UUID assigneeDepartment;
    @Column(name = "due")
    public Instant due;
    @Column(name = "priority", nullable = false)
    public String priority;
    @Embedded
    public LinkColumns link;
    @Column(name = "status", nullable = false)
    public String status;

    /** KPI fact, written only (by {@link JpaTasks#derive}): {@code KpiFacts.completedAt}. */
    @Column(name = "completed_at")
    public Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "crm_task_status_changes", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<StatusChangeColumns> history = new ArrayList<>();

    @Column(name = "blocked_reason")
    public String blockedReason;

    @ElementCollection
    @CollectionTable(name = "crm_task_delegations", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<DelegationColumns> delegations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "crm_task_route_steps", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<RouteStepColumns> route = new ArrayList<>();

    @Embeddable
    record LinkColumns(@Column(name = "link_client_id") UUID client,
                       @Column(name = "link_deal_id") UUID deal,
                       @Column(name = "link_claim_id") UUID claim) {
    }

    @Embeddable
    record StatusChangeColumns(@Column(name = "from_status") String from,
                               @Column(name = "to_status") String to,
                               @Column(name = "changed_by") UUID by,
                               @Column(name = "changed_at") Instant at,
                               @Column(name = "reason") String reason) {
    }

    @Embeddable
    record DelegationColumns(@Column(name = "from_id") UUID from,
                             @Column(name = "to_id") UUID to,
                             @Column(name = "to_department_id") UUID toDepartment,
                             @Column(name = "reason") String reason,
                             @Column(name = "delegated_at") Instant at) {
    }

    @Embeddable
    record RouteStepColumns(@Column(name = "step_index") int index,
                            @Column(name = "name") String name,
                            @Column(name = "responsible_id") UUID responsible,
                            @Column(name = "department_id") UUID department,
                            @Column(name = "due") Instant due,
                            @Column(name = "done_at") Instant doneAt,
                            @Column(name = "done_by") UUID doneBy,
                            @Column(name = "note") String note) {
    }
}
