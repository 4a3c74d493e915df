package org.crmkit.persistence;

/** SQL access filters on PostgreSQL agree with the in-memory ones. */
class PostgresFilterAgreementTest extends FilterAgreementContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
