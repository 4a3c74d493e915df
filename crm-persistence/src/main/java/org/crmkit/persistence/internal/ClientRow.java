package org.crmkit.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** A stored client: value objects as columns, tax ids, tags, external ids and status history in child tables. */
@Entity(name = "ClientRow")
@Table(name = "crm_clients")
class ClientRow extends AggregateRow {
    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Embedded
    public NameColumns personName;

    @Column(name = "legal_name")
    public String legalName;

    @ElementCollection
    @CollectionTable(name = "crm_client_tax_ids", joinColumns = @JoinColumn(name = "client_id"))
    public Set<TaxIdColumns> taxIds = new HashSet<>();

    @Embedded
    public AddressColumns address;

    @Column(name = "owner_id", nullable = false)
    public UUID owner;

    @Column(name = "department_id", nullable = false)
    public UUID department;

    @Column(name = "status", nullable = false)
    public String status;

    @ElementCollection
    @CollectionTable(name = "crm_client_status_changes", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    public List<StatusChangeColumns> history = new ArrayList<>();

    @Column(name = "segment")
    public String segment;

    @ElementCollection
    @CollectionTable(name = "crm_client_tags", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "tag")
    public Set<String> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "crm_client_external_ids", joinColumns = @JoinColumn(name = "client_id"))
    public Set<ExternalIdColumns> externalIds = new HashSet<>();

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Embeddable
    record TaxIdColumns(@Column(name = "kind") String kind, @Column(name = "tax_value") String value) {
    }

    @Embeddable
    record ExternalIdColumns(@Column(name = "ext_system") String system, @Column(name = "ext_key") String key) {
    }

    @Embeddable
    record StatusChangeColumns(@Column(name = "from_status") String from,
                               @Column(name = "to_status") String to,
                               @Column(name = "changed_by") UUID by,
                               @Column(name = "changed_at") Instant at,
                               @Column(name = "reason") String reason) {
    }
}
