package org.crmkit.examples.importer;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping table of an import: which CRMKit id a record of the source system became. Importing a record
 * whose key is here again changes nothing, which makes an import idempotent for every kind of record (clients
 * additionally carry their key as an {@code ExternalId}, so they are found even without this table).
 */
public final class IdMap {
    private final ConcurrentHashMap<String, UUID> ids = new ConcurrentHashMap<>();

    public Optional<UUID> find(String system, String kind, String key) {
        return Optional.ofNullable(ids.get(key(system, kind, key)));
    }

    public void put(String system, String kind, String key, UUID id) {
        ids.put(key(system, kind, key), id);
    }

    public int size() {
        return ids.size();
    }

    private static String key(String system, String kind, String key) {
        return system + "|" + kind + "|" + key;
    }
}
