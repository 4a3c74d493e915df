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

    private static String aggregateOf(String entityName) {
        String name = entityName == null ? "aggregate" : entityName.substring(entityName.lastIndexOf('.') + 1);
        return name.endsWith("Row") ? name.substring(0, name.length() - 3) : name;
    }
}
