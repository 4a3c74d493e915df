package org.crmkit.persistence.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.access.AccessAuditTrail;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.Grantee;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Scope;
import org.crmkit.core.access.Share;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.UuidV7;
import org.hibernate.Session;

/**
 * {@link AccessAuditTrail} on the crm_access_audit table. Each entry is written in a transaction of its own, never
 * the use case's: a denial is recorded precisely when the use case fails and rolls back, and the trail must keep it.
 * As the port demands, {@link #record} never throws for a well-formed entry; a database failure is logged instead.
 *
 * <p>{@link #latest(int)} reads newest first by (at, id): ids are UUIDv7 taken when the entry is stored, so
 * entries with the same time come back in reverse arrival order. Each entry's {@link Decision} is rebuilt from the
 * stored basis, role, scope and share grantee through the same factory that made it, and kept only when it explains
 * itself in exactly the stored words; otherwise (rows from before those columns, or another policy's decisions)
 * the entry carries the stored sentence as a decision of basis {@code OTHER}.
 */
public final class JpaAccessAudit implements AccessAuditTrail {
    private static final System.Logger LOG = System.getLogger(JpaAccessAudit.class.getName());
    private static final String INSERT = "INSERT INTO crm_access_audit (id, at, actor, permission, resource,"
            + " record_id, allowed, basis, explanation, kind, note, decision_role, decision_scope, share_grantee,"
            + " explanation_ru) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "SELECT at, actor, permission, resource, record_id, allowed, basis,"
            + " explanation, kind, note, decision_role, decision_scope, share_grantee FROM crm_access_audit"
            + " ORDER BY at DESC, id DESC";
    private final UnitOfWork work;

    public JpaAccessAudit(UnitOfWork work) {
        this.work = work;
    }

    @Override
    public void record(AccessAuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        EntityManager em = work.factory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.unwrap(Session.class).doWork(connection -> insert(connection, entry));
            em.getTransaction().commit();
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            LOG.log(Level.ERROR, "access audit entry could not be stored: " + entry, e);
        } finally {
            em.close();
        }
    }

    @Override
    public List<AccessAuditEntry> latest(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        EntityManager em = work.factory().createEntityManager();
        try {
            return em.unwrap(Session.class).doReturningWork(connection -> read(connection, limit));
        } finally {
            em.close();
        }
    }

    private static void insert(Connection connection, AccessAuditEntry entry) throws SQLException {
        Decision d = entry.decision();
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            s.setObject(1, UuidV7.next());
            s.setObject(2, entry.at().atOffset(ZoneOffset.UTC));
            s.setObject(3, entry.actor().value());
            s.setString(4, entry.permission().toString());
            s.setString(5, entry.resource().name());
            s.setObject(6, entry.recordId());
            s.setBoolean(7, d.allowed());
            s.setString(8, d.basis().name());
            s.setString(9, d.explain());
            s.setString(10, entry.kind().name());
            s.setString(11, entry.note());
            s.setString(12, d.role().map(RoleName::value).orElse(null));
            s.setString(13, d.scope().map(Scope::name).orElse(null));
            s.setString(14, d.share().map(share -> grantee(share.grantee())).orElse(null));
            s.setString(15, d.explainRu());
            s.executeUpdate();
        }
    }

    private static List<AccessAuditEntry> read(Connection connection, int limit) throws SQLException {
        List<AccessAuditEntry> entries = new ArrayList<>(Math.min(limit, 1_000));
        try (PreparedStatement s = connection.prepareStatement(LATEST)) {
            s.setMaxRows(limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && entries.size() < limit) {
                    entries.add(entry(rs));
                }
            }
        }
        return List.copyOf(entries);
    }

    private static AccessAuditEntry entry(ResultSet rs) throws SQLException {
        Permission permission = Permission.parse(rs.getString("permission"));
        UUID recordId = rs.getObject("record_id", UUID.class);
        Decision decision = decision(permission, recordId, rs.getBoolean("allowed"), rs.getString("basis"),
                rs.getString("explanation"), rs.getString("decision_role"), rs.getString("decision_scope"),
                rs.getString("share_grantee"));
        return new AccessAuditEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                new EmployeeId(rs.getObject("actor", UUID.class)), permission, new Resource(rs.getString("resource")),
                recordId, decision, AccessAuditEntry.Kind.valueOf(rs.getString("kind")), rs.getString("note"));
    }

    /** The decision as its factory made it, or the stored sentence alone when that cannot be reproduced. */
    static Decision decision(Permission permission, UUID recordId, boolean allowed, String basis, String explanation,
                             String role, String scope, String grantee) {
        Decision rebuilt;
        try {
            rebuilt = switch (Decision.Basis.valueOf(basis)) {
                case GRANT -> Decision.granted(permission, RoleName.of(role), Scope.valueOf(scope));
                case FORBID -> Decision.forbidden(permission, RoleName.of(role), Scope.valueOf(scope));
                case OUT_OF_SCOPE -> Decision.outOfScope(permission, RoleName.of(role), Scope.valueOf(scope));
                case NO_GRANT -> Decision.noGrant(permission);
                case SYSTEM_CONTEXT -> Decision.systemContext(permission);
                case SHARE -> Decision.shared(permission,
                        new Share(permission.resource(), recordId, grantee(grantee), permission.action()));
                case OTHER -> null;
            };
        } catch (RuntimeException incomplete) {
            // Missing role/scope/grantee (a row from before V2) or a value this version does not know.
            rebuilt = null;
        }
        if (rebuilt != null && rebuilt.allowed() == allowed && rebuilt.explain().equals(explanation)) {
            return rebuilt;
        }
        return allowed ? Decision.allow(explanation) : Decision.deny(explanation);
    }

    private static String grantee(Grantee grantee) {
        if (grantee instanceof Grantee.Person p) {
            return "employee:" + p.employee().value();
        }
        return "department:" + ((Grantee.Unit) grantee).department().value();
    }

    private static Grantee grantee(String stored) {
        int colon = stored.indexOf(':');
        UUID id = UUID.fromString(stored.substring(colon + 1));
        return switch (stored.substring(0, colon)) {
            case "employee" -> Grantee.employee(new EmployeeId(id));
            case "department" -> Grantee.department(new DepartmentId(id));
            default -> throw new IllegalArgumentException("unknown grantee " + stored);
        };
    }
}
