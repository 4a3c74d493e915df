package org.crmkit.core.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUIDs (RFC 9562 version 7) that sort in creation order within this JVM, even within one
 * millisecond, so ids make good B-tree keys and double as a rough creation time.
 *
 * <p>Layout: 48-bit Unix milliseconds, version 7, a 12-bit counter in {@code rand_a}, variant 2, 62 random bits.
 * The counter is RFC 9562's "fixed-length dedicated counter" method; when it overflows (over 4,096 ids in one
 * millisecond) or the clock steps back, the timestamp field runs slightly ahead of the clock rather than breaking
 * the order.
 */
public final class UuidV7 {

    private static final int COUNTER_BITS = 12;
    /** Unguessable low bits, since ids end up in URLs. */
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Timestamp and counter together ({@code ms << 12 | counter}), so one CAS keeps both monotonic. */
    private static final AtomicLong LAST = new AtomicLong();

    private UuidV7() {
    }

    public static UUID next() {
        long fresh = System.currentTimeMillis() << COUNTER_BITS;
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, fresh));
        long timestamp = stamp >>> COUNTER_BITS;
        long counter = stamp & ((1L << COUNTER_BITS) - 1);
        long msb = (timestamp << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation time encoded in a version-7 UUID, to the millisecond. */
    public static Instant timestampOf(UUID id) {
        if (id == null || id.version() != 7) {
            throw new InvalidValue("uuid.version",
                    "Not a version-7 UUID: '" + id + "'",
                    "Идентификатор не является UUID версии 7: «" + id + "»");
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
