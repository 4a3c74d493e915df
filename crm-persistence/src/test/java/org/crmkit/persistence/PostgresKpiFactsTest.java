package org.crmkit.persistence;

/** {@link KpiFactsContract} on PostgreSQL (skipped with a message when the server is unreachable). */
class PostgresKpiFactsTest extends KpiFactsContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
