package org.crmkit.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;

import org.crmkit.core.application.Transactions;
import org.hibernate.Session;

/**
 * One JPA transaction per use case, bound to the calling thread: {@link #inTransaction} opens an entity manager
 * and a transaction (or joins the one already open on this thread), and every repository call on the thread
 * uses that entity manager. A repository called outside any use case gets a short transaction of its own, so the
 * adapters also work when an application calls them directly.
 *
 * <p>Failures are translated once here: a stale write detected at commit becomes the core's typed
 * {@code ConcurrentModification}, never a Hibernate exception.
 */
public final class UnitOfWork implements Transactions {
    private final EntityManagerFactory factory;
    private final DataSource dataSource;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /** @param dataSource the one the factory runs on, for reads outside a use case ({@link #read}) */
    public UnitOfWork(EntityManagerFactory factory, DataSource dataSource) {
        this.factory = factory;
        this.dataSource = dataSource;
    }

    /** A read on a plain JDBC connection. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs a read with plain JDBC: inside a use case on its transaction's connection (so it sees what the use case
     * wrote); outside any, on a pooled connection in auto-commit, with no entity manager and no transaction to
     * commit. Each statement then reads its own snapshot, which is also all that a READ COMMITTED transaction
     * would give it; it saves the COMMIT round trip and the session that a list called on its own would open.
     */
    <T> T read(Read<T> read) {
        EntityManager em = current.get();
        if (em != null) {
            return em.unwrap(Session.class).doReturningWork(read::on);
        }
        try (Connection c = dataSource.getConnection()) {
            return read.on(c);
        } catch (SQLException e) {
            throw new PersistenceException("could not read: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        current.set(em);
        try {
            tx.begin();
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            rollbackQuietly(tx, e);
            throw Failures.translate(e);
        } finally {
            current.remove();
            em.close();
        }
    }

    /** Runs the work with the thread's entity manager, in a transaction of its own when none is open. */
    <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager em = current.get();
        if (em != null) {
            return work.apply(em);
        }
        return inTransaction(() -> work.apply(current.get()));
    }

    boolean isActive() {
        return current.get() != null;
    }

    EntityManagerFactory factory() {
        return factory;
    }

    private static void rollbackQuietly(EntityTransaction tx, RuntimeException cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
