package org.crmkit.persistence;

/** The round-trip contract on embedded H2. */
class H2RoundTripTest extends RoundTripContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
