package org.crmkit.persistence.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.crmkit.core.shared.ConcurrentModification;
import org.hibernate.StaleStateException;
import org.hibernate.StaleObjectStateException;

/** Turns the ORM's concurrency failures into the core's typed {@link ConcurrentModification}. */
final class Failures {
    private Failures() {
    }

    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentModification cm) {
                return cm;
            }
            if (t instanceof StaleObjectStateException stale) {
                return new ConcurrentModification(aggregateOf(stale.getEntityName()), stale.getIdentifier(), -1, -1);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ConcurrentModification("aggregate", "?", -1, -1);
            }
            if (t == t.getCause() || (t instanceof RollbackException && t.getCause() == null)) {
                break;
            }
        }
        return e;
    }

    /**
     * True when the failure is a unique-constraint violation: SQLSTATE 23505 on both H2 and PostgreSQL (the SQL
     * standard's integrity-constraint class 23, unique violation 505).
     */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }

    private static String aggregateOf(String entityName) {
        String name = entityName == null ? "aggregate" : entityName.substring(entityName.lastIndexOf('.') + 1);
        return name.endsWith("Row") ? name.substring(0, name.length() - 3) : name;
    }
}
