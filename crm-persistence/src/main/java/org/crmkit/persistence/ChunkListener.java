package org.crmkit.persistence;

/**
 * Follows a {@link BulkImport} chunk by chunk: progress reporting, and a place to stop an import (a listener that
 * throws in {@link #beforeCommit} rolls that chunk back and ends the run with {@link ImportInterrupted}; chunks
 * committed before stay, and a re-run skips them).
 */
public interface ChunkListener {
    /**
     * Called inside the chunk's transaction after its rows were written and before the commit.
     *
     * @param chunk    the chunk's number, from 1, counted over the input (the same rows make the same chunk in
     *                 every run)
     * @param outcome  what this chunk writes, skips and rejects
     */
    default void beforeCommit(int chunk, ImportReport outcome) {
    }

    /** Called after the chunk committed, with the totals so far. */
    default void committed(int chunk, ImportReport totals) {
    }

    /** A listener that does nothing. */
    static ChunkListener none() {
        return new ChunkListener() {
        };
    }
}
