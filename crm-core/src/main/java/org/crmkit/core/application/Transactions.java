package org.crmkit.core.application;

import java.util.function.Supplier;

/**
 * Port that runs one use case as one unit of work. The in-memory default simply runs it (each in-memory save is
 * atomic on its own); the persistence module runs it in a database transaction and writes events to the outbox.
 */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Runs work directly: enough for the in-memory adapters. */
    Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
}
