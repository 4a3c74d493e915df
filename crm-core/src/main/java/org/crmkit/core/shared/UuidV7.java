package org.crmkit.core.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** Placeholder until the value-object branch lands (it brings the monotonic RFC 9562 generator). */
public final class UuidV7 {
    private static final SecureRandom RANDOM = new SecureRandom();

    private UuidV7() {
    }

    public static synchronized UUID next() {
        long ms = System.currentTimeMillis();
        long high = (ms << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFF);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    public static Instant timestampOf(UUID id) {
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
