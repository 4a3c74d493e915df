package org.crmkit.persistence;

/** {@link KpiAgreementContract} on PostgreSQL (skipped with a message when the server is unreachable). */
class PostgresKpiAgreementTest extends KpiAgreementContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
