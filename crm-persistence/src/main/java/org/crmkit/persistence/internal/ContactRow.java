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

/** A stored contact person with the linked clients, channels and consent records in child tables. */
@Entity(name = "ContactRow")
@Table(name = "crm_contacts")
class ContactRow extends AggregateRow {
    @Embedded
    public NameColumns name;

    // Ordered: the snapshot keeps the order in which clients were linked.
    @ElementCollection
    @CollectionTable(name = "crm_contact_clients", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @Column(name = "client_id")
    public List<UUID> clients = new ArrayList<>();

    @Column(name = "position")
    public String position;

    @ElementCollection
    @CollectionTable(name = "crm_contact_channels", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    public List<ChannelColumns> channels = new ArrayList<>();

    @Embedded
    public PreferredChannelColumns preferredChannel;

    @ElementCollection
    @CollectionTable(name = "crm_contact_consents", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    public List<ConsentColumns> consents = new ArrayList<>();

    @Column(name = "owner_id", nullable = false)
    public UUID owner;

    @Column(name = "department_id", nullable = false)
    public UUID department;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Embeddable
    record ChannelColumns(@Column(name = "channel_type") String type,
                          @Column(name = "channel_value") String value,
                          @Column(name = "messenger") String messenger) {
    }

    @Embeddable
    record PreferredChannelColumns(@Column(name = "preferred_type") String type,
                                   @Column(name = "preferred_value") String value,
                                   @Column(name = "preferred_messenger") String messenger) {
    }

    @Embeddable
    record ConsentColumns(@Column(name = "purpose") String purpose,
                          @Column(name = "given") boolean given,
                          @Column(name = "recorded_at") Instant at,
                          @Column(name = "source") String source,
                          @Column(name = "recorded_by") UUID recordedBy) {
    }
}
