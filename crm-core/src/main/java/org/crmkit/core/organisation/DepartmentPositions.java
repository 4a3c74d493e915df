package org.crmkit.core.organisation;

import java.util.UUID;

import org.crmkit.core.shared.DepartmentId;

/**
 * Department id → pre-order position and subtree end, without boxing: open addressing over one {@code long[]}
 * with three longs per slot (the id's two halves, then {@code (position + 1) << 32 | subtreeEnd}). A lookup reads
 * the id's UUID and, usually, one cache line of the table, where a {@code HashMap<DepartmentId, Integer>} read a
 * node, the key's id and UUID to compare, and a boxed {@code Integer}.
 */
final class DepartmentPositions {
    static final DepartmentPositions EMPTY = new DepartmentPositions(new long[3], 0);

    private final long[] slots;
    private final int mask;

    private DepartmentPositions(long[] slots, int mask) {
        this.slots = slots;
        this.mask = mask;
    }

    /** {@code atPosition[p]} is the department at position p, {@code subtreeEnd[p]} the end of its subtree. */
    static DepartmentPositions of(DepartmentId[] atPosition, int[] subtreeEnd) {
        int capacity = Integer.highestOneBit(Math.max(2, atPosition.length * 2 - 1)) << 1;
        long[] slots = new long[capacity * 3];
        int mask = capacity - 1;
        for (int p = 0; p < atPosition.length; p++) {
            UUID id = atPosition[p].value();
            long hi = id.getMostSignificantBits();
            long lo = id.getLeastSignificantBits();
            int i = slot(hi, lo, mask);
            while (slots[i * 3 + 2] != 0) {
                i = (i + 1) & mask;
            }
            slots[i * 3] = hi;
            slots[i * 3 + 1] = lo;
            slots[i * 3 + 2] = ((long) (p + 1) << 32) | (subtreeEnd[p] & 0xFFFFFFFFL);
        }
        return new DepartmentPositions(slots, mask);
    }

    /**
     * The packed entry of the department: position + 1 in the high half, subtree end in the low half; 0 when the
     * department is unknown. Callers unpack with {@link #position} and {@link #end}.
     */
    long find(DepartmentId department) {
        if (department == null) {
            return 0; // as HashMap.get(null) did: nobody's department
        }
        UUID id = department.value();
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        long[] s = slots;
        for (int i = slot(hi, lo, mask); ; i = (i + 1) & mask) {
            long packed = s[i * 3 + 2];
            if (packed == 0 || (s[i * 3] == hi && s[i * 3 + 1] == lo)) {
                return packed;
            }
        }
    }

    static int position(long packed) {
        return (int) (packed >>> 32) - 1;
    }

    static int end(long packed) {
        return (int) packed;
    }

    private static int slot(long hi, long lo, int mask) {
        long h = (hi ^ lo) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
