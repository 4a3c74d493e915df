package org.crmkit.persistence;

/** The external id conflict contract on Postgres. */
class PostgresExternalIdConflictTest extends ExternalIdConflictContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
