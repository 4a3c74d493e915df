package org.crmkit.persistence;

/** SQL access filters on H2 agree with the in-memory ones. */
class H2FilterAgreementTest extends FilterAgreementContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
