package org.crmkit.persistence;

/** The repository contracts of crm-testkit on embedded H2. */
class H2RepositoriesContractTest extends SqlRepositoriesContract {
    @Override
    TestDatabases.Opened open() {
        return TestDatabases.h2();
    }
}
