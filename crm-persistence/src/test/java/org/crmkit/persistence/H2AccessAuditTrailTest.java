package org.crmkit.persistence;

/** The access audit trail contract on H2. */
class H2AccessAuditTrailTest extends AccessAuditTrailContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
