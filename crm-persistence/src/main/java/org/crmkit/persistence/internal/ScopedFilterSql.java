package org.crmkit.persistence.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.crmkit.core.access.Resource;
import org.crmkit.core.access.ScopedRecordFilter;
import org.crmkit.core.access.ScopedRecords;

/**
 * Translates a {@link ScopedRecordFilter} into a WHERE condition on one aggregate table (alias {@code r}):
 * <pre>(granted OR r.id IN shared) AND NOT forbidden</pre>
 * where a scope reads: OWN = owner or assigned; DEPARTMENT adds {@code r.department_id = d}; DEPARTMENT_TREE adds
 * every department whose materialised path starts with d's path ({@code crm_departments.path LIKE '/a/b/%'},
 * indexed), so moving a department never leaves stale numbers on the records.
 *
 * <p>The per-aggregate "assigned" condition (claim registrar, task creator and route, interaction participants)
 * mirrors what {@link AccessFacts} hands to the in-memory filter; the two are tested for agreement.
 */
final class ScopedFilterSql {
    private final Resource resource;
    private final String assignedSql;

    /**
     * @param assignedSql a condition on alias {@code r} using the parameter {@code :e} for the employee, or null
     *                    when only the owner counts
     */
    ScopedFilterSql(Resource resource, String assignedSql) {
        this.resource = resource;
        this.assignedSql = assignedSql;
    }

    /** The condition, or empty when the filter admits nothing of this resource (the query need not run). */
    Optional<String> where(ScopedRecordFilter filter, Map<String, Object> params) {
        if (!filter.permission().resource().equals(resource) || filter.admitsNothing()) {
            return Optional.empty();
        }
        if (filter.admitsAll()) {
            return Optional.of("1=1");
        }
        String granted = filter.granted().map(s -> scope(s, params)).orElse("1=0");
        var shared = filter.sharedRecordIds();
        String admitted = shared.isEmpty() ? granted : "(" + granted + " OR r.id IN (:" + bind(params, shared) + "))";
        return Optional.of(filter.forbidden()
                .map(f -> "(" + admitted + " AND NOT " + scope(f, params) + ")")
                .orElse(admitted));
    }

    private String scope(ScopedRecords records, Map<String, Object> params) {
        return switch (records.scope()) {
            case ALL -> "(1=1)";
            case OWN -> own(records, params);
            case DEPARTMENT -> "(" + own(records, params) + " OR " + department(records, params) + ")";
            case DEPARTMENT_TREE -> "(" + own(records, params) + " OR " + department(records, params) + " OR "
                    + subtree(records, params) + ")";
        };
    }

    private String own(ScopedRecords records, Map<String, Object> params) {
        if (records.employee() == null) {
            return "(1=0)";
        }
        String e = bind(params, records.employee().value());
        String owner = "r.owner_id = :" + e;
        return assignedSql == null ? "(" + owner + ")" : "(" + owner + " OR " + assignedSql.replace(":e", ":" + e) + ")";
    }

    private String department(ScopedRecords records, Map<String, Object> params) {
        if (records.department() == null) {
            return "(1=0)";
        }
        return "r.department_id = :" + bind(params, records.department().value());
    }

    private String subtree(ScopedRecords records, Map<String, Object> params) {
        if (records.department() == null) {
            return "(1=0)";
        }
        String d = bind(params, records.department().value());
        return "r.department_id IN (SELECT dt.id FROM crm_departments dt WHERE dt.path LIKE "
                + "(SELECT dg.path FROM crm_departments dg WHERE dg.id = :" + d + ") || '%')";
    }

    private static String bind(Map<String, Object> params, Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    /** A UUID column as a UUID (H2 may hand back bytes), any other column as it is. */
    static Object uuidOrText(Object column) {
        return column instanceof byte[] || column instanceof UUID ? uuid(column) : column;
    }

    static UUID uuid(Object column) {
        if (column instanceof UUID u) {
            return u;
        }
        if (column instanceof byte[] bytes) {
            var buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }
}
