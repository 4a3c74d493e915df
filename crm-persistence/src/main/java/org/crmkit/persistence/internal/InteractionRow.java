package org.crmkit.persistence.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A stored interaction; participants in two child tables, links as nullable foreign keys. */
@Entity(name = "InteractionRow")
@Table(name = "crm_interactions")
class InteractionRow extends AggregateRow {
    @Column(name = "kind", nullable = false)
    public String kind;
    @Column(name = "channel", nullable = false)
    public String channel;
    @Column(name = "direction", nullable = false)
    public String direction;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @ElementCollection
    @CollectionTable(name = "crm_interaction_employees", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "employee_id")
    public Set<UUID> participantEmployees = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "crm_interaction_contacts", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "contact_id")
    public Set<UUID> participantContacts = new HashSet<>();

    @Column(name = "summary", nullable = false)
    public String summary;
    @Embedded
    public LinkColumns links;
    @Column(name = "owner_id", nullable = false)
    public UUID loggedBy;
    @Column(name = "department_id", nullable = false)
    public UUID department;
    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    @Embeddable
    record LinkColumns(@Column(name = "client_id") UUID client,
                       @Column(name = "contact_id") UUID contact,
                       @Column(name = "deal_id") UUID deal,
                       @Column(name = "claim_id") UUID claim) {
    }
}
