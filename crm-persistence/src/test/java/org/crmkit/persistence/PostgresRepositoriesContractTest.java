package org.crmkit.persistence;

/** The repository contracts of crm-testkit on PostgreSQL, in a schema of its own. */
class PostgresRepositoriesContractTest extends SqlRepositoriesContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.postgres();
    }
}
