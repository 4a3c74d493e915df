package org.crmkit.persistence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Interaction rows for lists and timelines: crm_interactions, then the participants of the page in one statement. */
final class InteractionReader extends RowReader<InteractionRow> {
    InteractionReader() {
        super("crm_interactions");
    }

    @Override
    String columns() {
        return COMMON_COLUMNS + ", r.kind, r.channel, r.direction, r.occurred_at, r.summary, r.client_id,"
                + " r.contact_id, r.deal_id, r.claim_id, r.owner_id, r.department_id, r.logged_at";
    }

    @Override
    InteractionRow row(ResultSet rs) throws SQLException {
        InteractionRow row = new InteractionRow();
        readCommon(row, rs);
        row.kind = rs.getString(7);
        row.channel = rs.getString(8);
        row.direction = rs.getString(9);
        row.occurredAt = instant(rs, 10);
        row.summary = rs.getString(11);
        row.links = new InteractionRow.LinkColumns(uuid(rs, 12), uuid(rs, 13), uuid(rs, 14), uuid(rs, 15));
        row.loggedBy = uuid(rs, 16);
        row.department = uuid(rs, 17);
        row.loggedAt = instant(rs, 18);
        return row;
    }

    // Both participant tables in one round trip: kind 0 = employee, 1 = contact.
    @Override
    String childrenSql() {
        return "SELECT e.interaction_id, 0 AS kind, e.employee_id FROM crm_interaction_employees e"
                + " WHERE e.interaction_id IN (:ids) UNION ALL SELECT c.interaction_id, 1, c.contact_id"
                + " FROM crm_interaction_contacts c WHERE c.interaction_id IN (:ids)";
    }

    @Override
    void addChild(InteractionRow owner, ResultSet rs) throws SQLException {
        (rs.getInt(2) == 0 ? owner.participantEmployees : owner.participantContacts).add(uuid(rs, 3));
    }
}
