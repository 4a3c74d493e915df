package org.crmkit.persistence;

import org.crmkit.core.application.Repositories;
import org.crmkit.testkit.contracts.RepositoriesContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * crm-testkit's repository contracts, every port, on a database: the same suite the in-memory adapters (and an ERP
 * vendor's own storage) keep. One migrated database per test class; every test starts on emptied tables ({@link EmptyTables}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlRepositoriesContract extends RepositoriesContract {
    private TestDatabases.Opened db;
    private EmptyTables tables;

    abstract TestDatabases.Opened open();

    @BeforeAll
    void openDatabase() {
        db = open();
        tables = new EmptyTables(db.storage().dataSource());
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected Repositories repositories() {
        tables.empty();
        return db.storage().repositories();
    }
}
