package org.crmkit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.shared.TaxId;

/**
 * The JDBC of {@link BulkImport}: the batched inserts of the rows the JPA adapters would write for the chunk's
 * aggregates (the same columns, the same encodings: enum names, version 0 meaning aggregate version 1, audit columns
 * from the stamp of the change, child tables with their positions).
 */
final class ChunkWriter {
    private static final String CLIENT = "INSERT INTO crm_clients (id, version, kind, display_name, legal_name,"
            + " owner_id, department_id, status, registered_at, created_at, created_by, updated_at, updated_by)"
            + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TAX_ID = "INSERT INTO crm_client_tax_ids (client_id, kind, tax_value) VALUES (?, ?, ?)";
    private static final String EXTERNAL_ID = "INSERT INTO crm_client_external_ids (client_id, ext_system, ext_key)"
            + " VALUES (?, ?, ?)";
    private static final String CONTACT = "INSERT INTO crm_contacts (id, version, first_name, middle_name, last_name,"
            + " position, owner_id, department_id, added_at, created_at, created_by, updated_at, updated_by)"
            + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTACT_CLIENT = "INSERT INTO crm_contact_clients (contact_id, position, client_id)"
            + " VALUES (?, ?, ?)";
    private static final String CHANNEL = "INSERT INTO crm_contact_channels (contact_id, position, channel_type,"
            + " channel_value, messenger) VALUES (?, ?, ?, ?, ?)";

    private ChunkWriter() {
    }

    /** Inserts the rows' clients and contacts in batches, parents before children (foreign keys). */
    static void insert(Connection connection, List<ImportRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement clients = connection.prepareStatement(CLIENT);
             PreparedStatement taxIds = connection.prepareStatement(TAX_ID);
             PreparedStatement externalIds = connection.prepareStatement(EXTERNAL_ID);
             PreparedStatement contacts = connection.prepareStatement(CONTACT);
             PreparedStatement contactClients = connection.prepareStatement(CONTACT_CLIENT);
             PreparedStatement channels = connection.prepareStatement(CHANNEL)) {
            for (ImportRow row : rows) {
                addClient(clients, taxIds, externalIds, row);
                addContact(contacts, contactClients, channels, row);
            }
            clients.executeBatch();
            taxIds.executeBatch();
            externalIds.executeBatch();
            contacts.executeBatch();
            contactClients.executeBatch();
            channels.executeBatch();
        }
    }

    private static void addClient(PreparedStatement clients, PreparedStatement taxIds, PreparedStatement externalIds,
                                  ImportRow row) throws SQLException {
        Client.Snapshot c = row.client();
        if (c.personName() != null || c.address() != null || c.segment() != null || !c.tags().isEmpty()
                || !c.history().isEmpty()) {
            // The import makes fresh companies only; anything more would need columns this writer does not set.
            throw new IllegalStateException("the bulk import writes fresh companies only: " + c.id());
        }
        UUID id = c.id().value();
        clients.setObject(1, id);
        clients.setString(2, c.kind().name());
        clients.setString(3, c.displayName());
        clients.setString(4, c.legalName());
        clients.setObject(5, c.owner().value());
        clients.setObject(6, c.department().value());
        clients.setString(7, c.status().name());
        clients.setObject(8, time(c.registeredAt()));
        audit(clients, 9, row);
        clients.addBatch();
        for (TaxId taxId : c.taxIds()) {
            taxIds.setObject(1, id);
            taxIds.setString(2, taxId.kind().name());
            taxIds.setString(3, taxId.value());
            taxIds.addBatch();
        }
        for (ExternalId externalId : c.externalIds().values()) {
            externalIds.setObject(1, id);
            externalIds.setString(2, externalId.system());
            externalIds.setString(3, externalId.key());
            externalIds.addBatch();
        }
    }

    private static void addContact(PreparedStatement contacts, PreparedStatement contactClients,
                                   PreparedStatement channels, ImportRow row) throws SQLException {
        Contact.Snapshot c = row.contact();
        if (c.preferredChannel() != null || !c.consents().isEmpty()) {
            throw new IllegalStateException("the bulk import writes contacts without preferences or consents");
        }
        UUID id = c.id().value();
        contacts.setObject(1, id);
        contacts.setString(2, c.name().first());
        contacts.setString(3, c.name().middle());
        contacts.setString(4, c.name().last());
        contacts.setString(5, c.position());
        contacts.setObject(6, c.owner().value());
        contacts.setObject(7, c.department().value());
        contacts.setObject(8, time(c.addedAt()));
        audit(contacts, 9, row);
        contacts.addBatch();
        int position = 0;
        for (ClientId client : c.clients()) {
            contactClients.setObject(1, id);
            contactClients.setInt(2, position++);
            contactClients.setObject(3, client.value());
            contactClients.addBatch();
        }
        position = 0;
        for (Channel channel : c.channels()) {
            channels.setObject(1, id);
            channels.setInt(2, position++);
            channels.setString(3, channel.type().name());
            channels.setString(4, channel.value());
            channels.setString(5, channel.messenger() == null ? null : channel.messenger().name());
            channels.addBatch();
        }
    }

    /** created_at/by and updated_at/by: the stamp of the change, as the JPA adapters take it from the last event. */
    private static void audit(PreparedStatement s, int from, ImportRow row) throws SQLException {
        OffsetDateTime at = time(row.stamp().at());
        s.setObject(from, at);
        s.setObject(from + 1, row.stamp().by().value());
        s.setObject(from + 2, at);
        s.setObject(from + 3, row.stamp().by().value());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
