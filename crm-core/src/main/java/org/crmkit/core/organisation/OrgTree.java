package org.crmkit.core.organisation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.RecordNotFound;

/**
 * The company's structure as an immutable forest of departments, numbered in pre-order so that "is this department
 * inside that one's subtree" is two array reads: every department owns the interval of pre-order positions
 * {@code [lo, hi]} of its subtree. A SQL adapter stores each record's department position and pushes
 * {@code dept_pos BETWEEN lo AND hi} into the query.
 *
 * <p>Promises: built in linear time (iteratively, so a 10,000-deep chain is fine); rejects unknown parents,
 * duplicates and cycles with {@link InvalidOrgTree}; a department is within its own subtree. When the
 * structure changes, build a new tree: it gets a new {@link #version()}, so positions taken from the old one
 * ({@link #placement}) are recognised as stale instead of being matched against the new numbering.
 */
public final class OrgTree {
    /** The pre-order positions of one department's subtree, both ends inclusive. */
    public record Interval(int lo, int hi) {
        public Interval {
            if (lo < 0 || hi < lo) {
                throw new IllegalArgumentException("an interval needs 0 <= lo <= hi: " + lo + ".." + hi);
            }
        }

        public boolean contains(int position) {
            return lo <= position && position <= hi;
        }

        public boolean contains(Interval other) {
            return lo <= other.lo && other.hi <= hi;
        }
    }

    /** Versions start at 1, so that a placement of 0 ("not placed") never matches a tree. */
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    private final DepartmentPositions positionOf;
    private final DepartmentId[] atPosition;
    private final int[] subtreeEnd;
    private final int[] parentPosition;
    private final int version;

    private OrgTree(DepartmentPositions positionOf, DepartmentId[] atPosition, int[] subtreeEnd,
                    int[] parentPosition) {
        this.positionOf = positionOf;
        this.atPosition = atPosition;
        this.subtreeEnd = subtreeEnd;
        this.parentPosition = parentPosition;
        int v = VERSIONS.incrementAndGet();
        // After 2^32 trees in one JVM the numbers would come round again; skip 0, which means "not placed".
        this.version = v != 0 ? v : VERSIONS.incrementAndGet();
    }

    public static OrgTree of(Collection<Department> departments) {
        Map<DepartmentId, DepartmentId> parents = new LinkedHashMap<>();
        for (Department d : departments) {
            if (parents.containsKey(d.id())) {
                throw InvalidOrgTree.duplicate(d.id());
            }
            parents.put(d.id(), d.parent().orElse(null));
        }
        return fromParents(parents);
    }

    /** Builds from parent links: each key is a department, its value the parent ({@code null} for a root). */
    public static OrgTree fromParents(Map<DepartmentId, DepartmentId> parentOf) {
        return OrgTreeBuilder.build(parentOf);
    }

    /** An empty structure: every department is only within itself. */
    public static OrgTree empty() {
        return new OrgTree(DepartmentPositions.EMPTY, new DepartmentId[0], new int[0], new int[0]);
    }

    static OrgTree assemble(DepartmentId[] atPosition, int[] subtreeEnd, int[] parentPosition) {
        return new OrgTree(DepartmentPositions.of(atPosition, subtreeEnd), atPosition, subtreeEnd, parentPosition);
    }

    /**
     * True when {@code candidate} is {@code root} or lies below it. Unknown departments are only within
     * themselves, so a department-scope grant never reaches less than a department-tree grant.
     */
    public boolean isWithin(DepartmentId candidate, DepartmentId root) {
        if (candidate.equals(root)) {
            return true;
        }
        long c = positionOf.find(candidate);
        long r = positionOf.find(root);
        if (c == 0 || r == 0) {
            return false;
        }
        int cp = DepartmentPositions.position(c);
        return DepartmentPositions.position(r) <= cp && cp <= DepartmentPositions.end(r);
    }

    /** The pre-order interval of the department's subtree. */
    public Interval interval(DepartmentId department) {
        int p = position(department);
        return new Interval(p, subtreeEnd[p]);
    }

    /** The department's own pre-order position: what a record stores to be matched against intervals. */
    public int position(DepartmentId department) {
        long p = positionOf.find(Objects.requireNonNull(department, "department"));
        if (p == 0) {
            throw new RecordNotFound("Department", department);
        }
        return DepartmentPositions.position(p);
    }

    /** The interval, or empty when the department is not in this structure. */
    public Optional<Interval> findInterval(DepartmentId department) {
        long p = positionOf.find(department);
        return p == 0 ? Optional.empty()
                : Optional.of(new Interval(DepartmentPositions.position(p), DepartmentPositions.end(p)));
    }

    /** The department's position, or -1 when the department is not in this structure (does not throw). */
    public int findPosition(DepartmentId department) {
        return DepartmentPositions.position(positionOf.find(department));
    }

    /**
     * Which tree this is: a number no other tree built in this JVM has. Placements carry it, so a check can tell
     * a position taken from this tree from one taken before the structure changed.
     */
    public int version() {
        return version;
    }

    /**
     * The department's position in this tree together with this tree's {@link #version()}, packed into one
     * {@code long} for {@link org.crmkit.core.access.ProtectedRecord#placedIn}; 0 when the department is not in
     * this structure. Read back with {@link #placedPosition}.
     */
    public long placement(DepartmentId department) {
        int p = findPosition(department);
        return p < 0 ? 0 : ((long) version << 32) | p;
    }

    /** The position a {@link #placement} holds when it was taken from this tree; -1 when it was not (stale or 0). */
    public int placedPosition(long placement) {
        return (int) (placement >>> 32) == version ? (int) placement : -1;
    }

    public boolean contains(DepartmentId department) {
        return positionOf.find(department) != 0;
    }

    public Optional<DepartmentId> parentOf(DepartmentId department) {
        int parent = parentPosition[position(department)];
        return parent < 0 ? Optional.empty() : Optional.of(atPosition[parent]);
    }

    /** The department at a pre-order position (for adapters that store positions). */
    public DepartmentId at(int position) {
        return atPosition[position];
    }

    public int size() {
        return atPosition.length;
    }
}
