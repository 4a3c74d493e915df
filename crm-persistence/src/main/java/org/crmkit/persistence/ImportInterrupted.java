package org.crmkit.persistence;

import org.crmkit.core.shared.DomainException;

/**
 * A {@link BulkImport} stopped in the middle: the failing chunk was rolled back whole, every chunk before it is
 * committed. Running the same import again continues safely (rows already stored are skipped by external id).
 * The cause is the database or listener failure.
 */
public final class ImportInterrupted extends DomainException {
    private final int chunk;
    private final long firstRow;
    private final transient ImportReport committed;

    ImportInterrupted(int chunk, long firstRow, ImportReport committed, Throwable cause) {
        super("import.interrupted",
                "import stopped in chunk " + chunk + " (rows from " + firstRow + "), rolled back; "
                        + committed.written() + " clients committed before it; run the import again to continue: "
                        + cause,
                "импорт остановлен на пакете " + chunk + " (строки с " + firstRow + "), пакет отменён; до него "
                        + "записано клиентов: " + committed.written() + "; запустите импорт снова, чтобы продолжить");
        initCause(cause);
        this.chunk = chunk;
        this.firstRow = firstRow;
        this.committed = committed;
    }

    /** The chunk that failed, from 1. */
    public int chunk() {
        return chunk;
    }

    /** The input index of the failed chunk's first row. */
    public long firstRow() {
        return firstRow;
    }

    /** What the committed chunks did. */
    public ImportReport committed() {
        return committed;
    }
}
