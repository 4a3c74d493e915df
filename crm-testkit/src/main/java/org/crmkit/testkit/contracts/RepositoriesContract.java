package org.crmkit.testkit.contracts;

import org.crmkit.core.application.Repositories;
import org.junit.jupiter.api.Nested;

/**
 * Every repository port's contract at once, for an adapter that supplies all of {@link Repositories}: the suite
 * the in-memory adapters, crm-persistence on H2 and on PostgreSQL, and an ERP vendor's own storage all run.
 * Extend it and implement {@link #repositories()}:
 * <pre>{@code
 * @TestInstance(TestInstance.Lifecycle.PER_CLASS)          // one storage for the whole class
 * class ErpRepositoriesContractTest extends RepositoriesContract {
 *     private final ErpStorage storage = ErpStorage.connect(testDatabase());
 *
 *     @Override
 *     protected Repositories repositories() {
 *         storage.deleteAllRows();                          // every test starts on empty tables
 *         return storage.repositories();
 *     }
 * }
 * }</pre>
 * {@link #repositories()} is called once before each test (of each nested contract) and must return empty
 * repositories with the standard pipeline registered: a database adapter empties its tables there (a migration
 * per test would be slow) rather than creating a new schema. The contracts seed their own small company first
 * ({@link ContractWorld}), through the ports under test, parents before children, so foreign keys are satisfied.
 * The ports' contracts run as nested classes; each can also be extended on its own ({@link ClientsContract},
 * {@link DealsContract}, ...). A failing contract is a bug of the adapter: the contracts state what the core's
 * use cases rely on (versions, independent copies, keyset pages in unsigned id order, filters that agree with the
 * per-record access check).
 */
public abstract class RepositoriesContract {
    /** Empty repositories for one test. */
    protected abstract Repositories repositories();

    @Nested
    class Clients extends ClientsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Contacts extends ContactsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Deals extends DealsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Claims extends ClaimsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Tasks extends TasksContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Interactions extends InteractionsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Employees extends OrganisationContract.EmployeesContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }

    @Nested
    class Departments extends OrganisationContract.DepartmentsContract {
        @Override
        protected Repositories repositories() {
            return RepositoriesContract.this.repositories();
        }
    }
}
