package org.crmkit.persistence.internal;

import java.lang.System.Logger.Level;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.crmkit.core.access.AccessAudit;
import org.crmkit.core.access.AccessAuditEntry;
import org.crmkit.core.shared.UuidV7;

/**
 * {@link AccessAudit} on the crm_access_audit table. Each entry is written in a transaction of its own, never the
 * use case's: a denial is recorded precisely when the use case fails and rolls back, and the trail must keep it.
 * As the port demands, it never throws for a well-formed entry; a database failure is logged instead.
 */
public final class JpaAccessAudit implements AccessAudit {
    private static final System.Logger LOG = System.getLogger(JpaAccessAudit.class.getName());
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
            ((org.hibernate.query.NativeQuery<?>) em.createNativeQuery("INSERT INTO crm_access_audit (id, at, actor, permission, resource, record_id,"
                            + " allowed, basis, explanation, kind, note) VALUES (:id, :at, :actor, :permission,"
                            + " :resource, :record, :allowed, :basis, :explanation, :kind, :note)"))
                    .setParameter("id", UuidV7.next())
                    .setParameter("at", entry.at())
                    .setParameter("actor", entry.actor().value())
                    .setParameter("permission", entry.permission().toString())
                    .setParameter("resource", entry.resource().name())
                    .setParameter("record", entry.recordId(), java.util.UUID.class)
                    .setParameter("allowed", entry.decision().allowed())
                    .setParameter("basis", entry.decision().basis().name())
                    .setParameter("explanation", entry.decision().explain())
                    .setParameter("kind", entry.kind().name())
                    .setParameter("note", entry.note(), String.class)
                    .executeUpdate();
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
}
