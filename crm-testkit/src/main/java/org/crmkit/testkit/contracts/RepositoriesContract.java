package org.crmkit.testkit.contracts;

import org.crmkit.core.application.Repositories;
import org.junit.jupiter.api.Nested;

/**
 * Every repository port's contract at once, for an adapter that supplies all of {@link Repositories}:
 * <pre>{@code
 * class H2RepositoriesContractTest extends RepositoriesContract {
 *     protected Repositories repositories() { return H2Crm.freshSchema(dataSource).repositories(); }
 * }
 * }</pre>
 * {@link #repositories()} is called once before each test and must return empty repositories (the standard
 * pipeline registered). The ports' contracts run as nested classes; each can also be extended on its own
 * ({@link ClientsContract}, {@link DealsContract}, ...).
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
