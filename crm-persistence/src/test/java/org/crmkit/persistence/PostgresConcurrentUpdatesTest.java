package org.crmkit.persistence;

/** Concurrent writers on PostgreSQL. */
class PostgresConcurrentUpdatesTest extends ConcurrentUpdatesContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
