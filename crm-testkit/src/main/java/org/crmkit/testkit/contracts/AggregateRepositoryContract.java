package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmkit.core.application.Repositories;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.RecordNotFound;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every repository port promises ({@link Repository}): a new aggregate is stored at version 1 and each save
 * raises the version by one; {@code find} returns an independent copy; saving a copy loaded at an older version
 * throws {@link ConcurrentModification} and stores nothing. An adapter's test extends a port's contract (e.g.
 * {@link ClientsContract}) and supplies {@link #repositories()}.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public abstract class AggregateRepositoryContract<A extends AggregateRoot<I>, I> {
    /** The world the test's records live in, seeded before each test. */
    protected ContractWorld world;
    private Repositories repositories;

    /**
     * Empty repositories (the standard pipeline registered) for one test: called once before each test. An SQL
     * adapter returns repositories over a freshly emptied schema.
     */
    protected abstract Repositories repositories();

    /** The port under test, taken from the repositories of the running test. */
    protected abstract Repository<A, I> repository(Repositories repositories);

    /** A new aggregate (version 0) that may be saved in the seeded world. */
    protected abstract A aNew();

    /** Changes the aggregate through one of its commands so that its stored state differs afterwards. */
    protected abstract void change(A aggregate);

    /** The aggregate's complete state ({@code snapshot()}), compared by value. */
    protected abstract Object stateOf(A aggregate);

    @BeforeEach
    final void seedTheWorld() {
        repositories = repositories();
        world = ContractWorld.seed(repositories);
    }

    /** The repositories of the running test. */
    protected final Repositories stored() {
        return repositories;
    }

    protected final Repository<A, I> port() {
        return repository(repositories);
    }

    /** Saves a new aggregate and returns it as loaded back. */
    protected final A saved(A aggregate) {
        port().save(aggregate);
        return port().get(aggregate.id());
    }

    @Test
    void a_new_aggregate_is_stored_at_version_one() {
        A fresh = aNew();
        assertThat(fresh.version()).isZero();

        port().save(fresh);

        assertThat(port().get(fresh.id()).version()).isEqualTo(1);
    }

    @Test
    void find_returns_the_state_that_was_saved() {
        A fresh = aNew();
        change(fresh);
        port().save(fresh);

        assertThat(stateOf(port().find(fresh.id()).orElseThrow())).isEqualTo(stateOf(fresh));
    }

    @Test
    void each_save_raises_the_version_by_one() {
        A loaded = saved(aNew());
        change(loaded);
        port().save(loaded);

        A again = port().get(loaded.id());
        assertThat(again.version()).isEqualTo(2);
        assertThat(stateOf(again)).isEqualTo(stateOf(loaded));
    }

    @Test
    void changing_a_loaded_copy_changes_nothing_stored_until_it_is_saved() {
        A original = saved(aNew());
        Object before = stateOf(original);

        A copy = port().get(original.id());
        change(copy);

        assertThat(stateOf(copy)).isNotEqualTo(before);
        assertThat(stateOf(port().get(original.id()))).isEqualTo(before);
        assertThat(port().get(original.id()).version()).isEqualTo(1);
    }

    @Test
    void changing_the_saved_instance_afterwards_changes_nothing_stored() {
        A fresh = aNew();
        port().save(fresh);
        Object stored = stateOf(port().get(fresh.id()));

        change(fresh);

        assertThat(stateOf(port().get(fresh.id()))).isEqualTo(stored);
    }

    @Test
    void saving_a_stale_copy_throws_ConcurrentModification_and_stores_nothing() {
        A original = saved(aNew());
        A first = port().get(original.id());
        A second = port().get(original.id());
        change(first);
        port().save(first);
        Object winner = stateOf(port().get(original.id()));

        change(second);
        change(second);

        assertThatThrownBy(() -> port().save(second))
                .isInstanceOfSatisfying(ConcurrentModification.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        A stored = port().get(original.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stateOf(stored)).isEqualTo(winner);
    }

    @Test
    void saving_a_new_aggregate_over_a_stored_one_is_a_concurrent_modification() {
        A fresh = aNew();
        port().save(fresh);
        Object stored = stateOf(port().get(fresh.id()));

        change(fresh);
        assertThatThrownBy(() -> port().save(fresh)).isInstanceOf(ConcurrentModification.class);
        assertThat(stateOf(port().get(fresh.id()))).isEqualTo(stored);
    }

    @Test
    void an_unknown_id_is_not_found() {
        A never = aNew();

        assertThat(port().find(never.id())).isEmpty();
        assertThatThrownBy(() -> port().get(never.id()))
                .isInstanceOf(RecordNotFound.class)
                .hasMessageContaining(port().aggregateName());
    }
}
