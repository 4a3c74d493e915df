package org.crmkit.persistence;

/** The round-trip contract on PostgreSQL, in a schema of its own. */
class PostgresRoundTripTest extends RoundTripContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
