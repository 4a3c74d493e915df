package org.crmkit.testkit.contracts;

import org.crmkit.core.application.Repositories;

/** The embedded in-memory adapters keep every repository contract. */
class InMemoryRepositoriesContractTest extends RepositoriesContract {
    @Override
    protected Repositories repositories() {
        return Repositories.inMemory();
    }
}
