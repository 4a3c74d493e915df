package org.crmkit.benchmarks.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams generated rows into a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) through the
 * driver's CopyManager: the seeder's fast path for millions of rows. Row number n in [0, count) is written by
 * {@link RowWriter#write}; the range is split over {@code streams} connections that copy in parallel (the server
 * parses and inserts on one backend per stream, which is where the time goes).
 */
final class CopyRows {
    /** Writes row n as tab-separated columns (no trailing newline); {@link #NULL} for a null column. */
    interface RowWriter {
        void write(long n, StringBuilder row, Ids ids);
    }

    static final String NULL = "\\N";
    private static final int FLUSH_BYTES = 1 << 20;

    private CopyRows() {
    }

    /** Copies rows 0..count-1 into {@code table (columns)} over {@code streams} parallel connections. */
    static void copy(String table, String columns, long count, int streams, RowWriter writer) throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        try {
            List<Future<Void>> parts = new ArrayList<>();
            long per = (count + streams - 1) / streams;
            for (int p = 0; p < streams; p++) {
                long from = p * per;
                long to = Math.min(count, from + per);
                parts.add(pool.submit(() -> {
                    copyRange(table, columns, from, to, writer);
                    return null;
                }));
            }
            for (Future<Void> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void copyRange(String table, String columns, long from, long to, RowWriter writer)
            throws SQLException {
        try (Connection c = BenchDatabase.connect(SeededCrm.SCHEMA)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit = off");
            }
            c.setAutoCommit(false);
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
            try {
                Ids ids = new Ids();
                StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
                for (long n = from; n < to; n++) {
                    writer.write(n, buffer, ids);
                    buffer.append('\n');
                    if (buffer.length() >= FLUSH_BYTES) {
                        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        buffer.setLength(0);
                    }
                }
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            c.commit();
        }
    }

    /** A timestamp column: ISO-8601 in UTC, which PostgreSQL reads as {@code timestamptz}. */
    static StringBuilder instant(StringBuilder row, long epochMillis) {
        return row.append(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * The seeder's UUIDv7 ids, one instance per thread: 48-bit Unix milliseconds, version 7, variant 10, the other
     * 72 bits from md5(salt) — the Java twin of the SQL function {@code pg_temp.uuid7(ms, salt)} used before COPY.
     */
    static final class Ids {
        private final MessageDigest md5;

        Ids() {
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        UUID uuid7(long ms, String salt) {
            byte[] h = md5.digest(salt.getBytes(StandardCharsets.US_ASCII));
            long first = 0;
            for (int i = 0; i < 8; i++) {
                first = (first << 8) | (h[i] & 0xFF);
            }
            long msb = (ms << 16) | 0x7000L | (first >>> 52);
            long lsb = 0x8000_0000_0000_0000L | ((first & 0x000F_FFFF_FFFF_FFFFL) << 8) | (h[8] & 0xFF);
            return new UUID(msb, lsb);
        }
    }
}
