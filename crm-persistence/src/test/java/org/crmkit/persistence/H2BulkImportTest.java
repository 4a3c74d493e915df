package org.crmkit.persistence;

/** The bulk import contract on H2. */
class H2BulkImportTest extends BulkImportContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
