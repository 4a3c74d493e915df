package org.crmkit.persistence;

/** Concurrent writers on embedded H2. */
class H2ConcurrentUpdatesTest extends ConcurrentUpdatesContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
