package org.crmkit.core.shared;

import java.util.UUID;

/**
 * A keyset page request: up to {@code size} records whose id comes after {@code after} (null: from the start).
 * Ids are time-ordered (UUID v7), so a page is stable when new records are inserted while someone pages.
 */
public record PageRequest(UUID after, int size) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE + ": " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(null, size);
    }

    public PageRequest next(UUID lastId) {
        return new PageRequest(lastId, size);
    }
}
