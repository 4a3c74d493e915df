package org.crmkit.persistence;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.crmkit.core.shared.Stamp;

/**
 * The input of a {@link BulkImport} cut into chunks, each validated on a worker thread while the caller writes the
 * chunk before it: validation (the core's value objects; a phone read by libphonenumber costs tens of microseconds)
 * then overlaps the database's work instead of adding to it. The input iterator is only ever read by the caller's
 * thread, in order; a chunk's rows get their stamp when the chunk is read.
 */
final class ValidatedChunks implements AutoCloseable {
    /** A chunk's rows after validation; {@code firstRow} is the input index of its first row. */
    record Chunk(long firstRow, List<ImportRow> valid, List<ImportReport.Rejection> rejected) {
    }

    private final Iterator<ImportedClient> rows;
    private final int chunkSize;
    private final BulkImport.Organisation organisation;
    private final Supplier<Stamp> stamp;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "crmkit-import-validation");
        thread.setDaemon(true);
        return thread;
    });
    private long read;
    private boolean inputFailed;
    private Future<Chunk> ahead;

    ValidatedChunks(Iterator<ImportedClient> rows, int chunkSize, BulkImport.Organisation organisation,
                    Supplier<Stamp> stamp) {
        this.rows = rows;
        this.chunkSize = chunkSize;
        this.organisation = organisation;
        this.stamp = stamp;
        this.ahead = readAhead();
    }

    boolean hasNext() {
        return ahead != null;
    }

    /** The next chunk, validated; the one after it starts validating before this returns. */
    Chunk next() {
        Future<Chunk> current = ahead;
        ahead = readAhead();
        try {
            return current.get();
        } catch (ExecutionException e) {
            // The input's own failure, or a bug (validate() reports bad values as rejections): thrown as it was inline.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private Future<Chunk> readAhead() {
        List<ImportedClient> raw = new ArrayList<>(chunkSize);
        try {
            if (inputFailed || !rows.hasNext()) {
                return null;
            }
            while (raw.size() < chunkSize && rows.hasNext()) {
                raw.add(rows.next());
            }
        } catch (RuntimeException e) {
            // Thrown when this chunk is asked for, so the chunk before it is still written, as it was when the
            // import read and validated each chunk just before writing it.
            inputFailed = true;
            return CompletableFuture.failedFuture(e);
        }
        long first = read;
        read += raw.size();
        Stamp chunkStamp = stamp.get();
        return worker.submit(() -> {
            List<ImportRow> valid = new ArrayList<>(raw.size());
            List<ImportReport.Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                ImportRow.validate(first + i, raw.get(i), organisation, chunkStamp, valid, rejected);
            }
            return new Chunk(first, valid, rejected);
        });
    }
}
