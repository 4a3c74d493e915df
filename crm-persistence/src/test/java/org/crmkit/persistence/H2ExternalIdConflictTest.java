package org.crmkit.persistence;

/** The external id conflict contract on H2. */
class H2ExternalIdConflictTest extends ExternalIdConflictContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
