package org.crmkit.persistence;

/** {@link KpiFactsContract} on an in-memory H2. */
class H2KpiFactsTest extends KpiFactsContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
