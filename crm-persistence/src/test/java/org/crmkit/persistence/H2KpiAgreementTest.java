package org.crmkit.persistence;

/** {@link KpiAgreementContract} on an in-memory H2. */
class H2KpiAgreementTest extends KpiAgreementContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
