package org.crmkit.persistence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Deal rows for lists: crm_deals, then the contacts and stage history of the whole page in one statement. */
final class DealReader extends RowReader<DealRow> {
    DealReader() {
        super("crm_deals");
    }

    @Override
    String columns() {
        return COMMON_COLUMNS + ", r.client_id, r.title, r.pipeline, r.stage, r.status, r.probability, r.amount,"
                + " r.currency, r.expected_close_on, r.owner_id, r.department_id, r.lost_reason, r.contract_reference,"
                + " r.closed_at";
    }

    @Override
    DealRow row(ResultSet rs) throws SQLException {
        DealRow row = new DealRow();
        readCommon(row, rs);
        row.client = uuid(rs, 7);
        row.title = rs.getString(8);
        row.pipeline = rs.getString(9);
        row.stage = rs.getString(10);
        row.status = rs.getString(11);
        row.probability = rs.getObject(12, Integer.class);
        row.amount = new MoneyColumns(rs.getBigDecimal(13), rs.getString(14));
        row.expectedCloseOn = rs.getObject(15, LocalDate.class);
        row.owner = uuid(rs, 16);
        row.department = uuid(rs, 17);
        row.lostReason = rs.getString(18);
        row.contractReference = rs.getString(19);
        row.closedAt = instant(rs, 20);
        return row;
    }

    // Both child tables in one round trip: kind 0 = involved contact, 1 = stage change.
    @Override
    String childrenSql() {
        return "SELECT c.deal_id, 0 AS kind, c.position, c.contact_id AS who, c.contact_role AS what,"
                + " CAST(NULL AS VARCHAR(100)) AS to_stage, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS at,"
                + " CAST(NULL AS VARCHAR(2000)) AS note FROM crm_deal_contacts c WHERE c.deal_id IN (:ids)"
                + " UNION ALL SELECT s.deal_id, 1, s.position, s.changed_by, s.from_stage, s.to_stage, s.changed_at,"
                + " s.note FROM crm_deal_stage_changes s WHERE s.deal_id IN (:ids) ORDER BY 1, 2, 3";
    }

    @Override
    void addChild(DealRow owner, ResultSet rs) throws SQLException {
        if (rs.getInt(2) == 0) {
            owner.contacts.add(new DealRow.DealContactColumns(uuid(rs, 4), rs.getString(5)));
        } else {
            owner.history.add(new DealRow.StageChangeColumns(rs.getString(5), rs.getString(6), uuid(rs, 4),
                    instant(rs, 7), rs.getString(8)));
        }
    }
}
