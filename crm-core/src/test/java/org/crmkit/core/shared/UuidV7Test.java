package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    @Test
    void ids_are_rfc_9562_version_7_variant_2() {
        UUID id = UuidV7.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    /** String order is unsigned order, unlike {@link UUID#compareTo}, which compares signed longs. */
    @Test
    void ten_thousand_ids_in_a_row_sort_in_creation_order() {
        List<UUID> ids = generate(10_000);

        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
            assertThat(ids.get(i).version()).isEqualTo(7);
            assertThat(ids.get(i).variant()).isEqualTo(2);
        }
    }

    @Test
    void the_timestamp_is_the_creation_time() {
        Instant before = Instant.now().minusMillis(1);
        UUID id = UuidV7.next();
        Instant after = Instant.now();

        // The counter may borrow a few milliseconds from the future under load, never from the past.
        assertThat(UuidV7.timestampOf(id)).isBetween(before, after.plus(Duration.ofSeconds(1)));
    }

    @Test
    void ids_from_many_threads_are_unique_and_ordered_within_each_thread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<UUID>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) tasks.add(() -> generate(5_000));
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> result : pool.invokeAll(tasks)) {
                List<UUID> ids = result.get();
                for (int i = 1; i < ids.size(); i++) {
                    assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
                }
                all.addAll(ids);
            }
            assertThat(all).hasSize(40_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void only_version_7_ids_have_a_timestamp() {
        assertThatThrownBy(() -> UuidV7.timestampOf(UUID.randomUUID()))
                .isInstanceOf(InvalidValue.class)
                .extracting("code").isEqualTo("uuid.version");
        assertThatThrownBy(() -> UuidV7.timestampOf(null)).isInstanceOf(InvalidValue.class);
    }

    private static List<UUID> generate(int count) {
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) ids.add(UuidV7.next());
        return ids;
    }
}
