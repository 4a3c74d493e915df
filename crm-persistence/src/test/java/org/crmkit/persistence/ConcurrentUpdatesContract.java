package org.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicInteger;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.Transactions;
import org.crmkit.core.client.Client;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Stamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 8 threads × 1,000 updates on 10 deals, each a transaction that loads a deal, adds 1 to its amount and saves:
 * no update is lost (each deal's amount equals its committed updates) and every other attempt got the typed
 * {@link ConcurrentModification}, nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentUpdatesContract {
    private static final int THREADS = 8;
    private static final int UPDATES_PER_THREAD = 1_000;
    private static final int DEALS = 10;

    private TestDatabases.Opened db;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void concurrent_writers_never_lose_an_update() throws Exception {
        Repositories repos = db.storage().repositories();
        Transactions tx = db.storage().transactions();
        Snapshots s = new Snapshots();
        repos.departments().save(Department.restore(s.root(), 0));
        repos.departments().save(Department.restore(s.salesDepartment(), 0));
        repos.employees().save(Employee.restore(s.employee(), 0));
        repos.clients().save(Client.restore(s.client(), 0));
        Pipeline pipeline = repos.pipelines().standard();
        List<DealId> deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            Deal deal = Deal.open(DealId.newId(), s.client, "Deal " + i, pipeline, s.anna, s.sales,
                    Stamp.of(s.anna, Snapshots.T0));
            deal.changeAmount(Money.of(0, "RUB"), Stamp.of(s.anna, Snapshots.T0));
            repos.deals().save(deal);
            deals.add(deal.id());
        }

        AtomicIntegerArray committed = new AtomicIntegerArray(DEALS);
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger otherFailures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int u = 0; u < UPDATES_PER_THREAD; u++) {
                    int which = ThreadLocalRandom.current().nextInt(DEALS);
                    try {
                        tx.inTransaction(() -> {
                            Deal deal = repos.deals().get(deals.get(which));
                            Money amount = deal.amount().orElseThrow();
                            deal.changeAmount(amount.plus(Money.of(1, "RUB")), Stamp.of(s.anna, Snapshots.T1));
                            repos.deals().save(deal);
                            return null;
                        });
                        committed.incrementAndGet(which);
                    } catch (ConcurrentModification e) {
                        conflicts.incrementAndGet();
                    } catch (RuntimeException e) {
                        otherFailures.incrementAndGet();
                        e.printStackTrace();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int totalCommitted = 0;
        for (int i = 0; i < DEALS; i++) {
            Deal stored = repos.deals().get(deals.get(i));
            assertThat(stored.amount()).contains(Money.of(committed.get(i), "RUB"));
            assertThat(stored.version()).isEqualTo(1L + committed.get(i));
            totalCommitted += committed.get(i);
        }
        assertThat(otherFailures.get()).isZero();
        assertThat(totalCommitted + conflicts.get()).isEqualTo(THREADS * UPDATES_PER_THREAD);
        assertThat(totalCommitted).isPositive();
        System.out.printf("%s: %d committed, %d concurrent modifications%n", getClass().getSimpleName(),
                totalCommitted, conflicts.get());
    }
}
