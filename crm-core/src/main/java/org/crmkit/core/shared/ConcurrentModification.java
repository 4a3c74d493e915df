package org.crmkit.core.shared;

/**
 * Another writer stored the same aggregate since it was loaded. Nothing was written; reload and retry.
 */
public final class ConcurrentModification extends DomainException {
    private final Object aggregateId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrentModification(String aggregate, Object aggregateId, long expectedVersion, long actualVersion) {
        super("concurrent-modification",
                aggregate + " " + aggregateId + " was changed by someone else (loaded at version " + expectedVersion
                        + ", stored is " + actualVersion + ")",
                aggregate + " " + aggregateId + " изменён другим пользователем (загружена версия " + expectedVersion
                        + ", сохранена " + actualVersion + ")");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public Object aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
