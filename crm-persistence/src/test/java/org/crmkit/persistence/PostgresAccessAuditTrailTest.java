package org.crmkit.persistence;

/** The access audit trail contract on Postgres. */
class PostgresAccessAuditTrailTest extends AccessAuditTrailContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
