package org.crmkit.persistence;

/** The bulk import contract on Postgres. */
class PostgresBulkImportTest extends BulkImportContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
