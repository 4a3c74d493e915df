package org.crmkit.core.access;

import java.util.Set;
import java.util.function.Function;

import org.crmkit.core.organisation.RoleName;

/**
 * The compiled roles of each distinct role set, found by the set itself. It exists because {@code Set.hashCode()}
 * is the plain sum of the element hashes: role names that differ in their last characters collide, and in a
 * company of 4,982 role sets only 2,299 distinct hash codes remain, so a {@code HashMap} keyed by the set walks
 * long (even treeified) bins and compares whole sets on every check. Here each name's hash is mixed before it
 * is summed (still independent of iteration order), which spreads the sets evenly.
 *
 * <p>Reads take no lock. A writer links a new immutable entry at the head of its bucket (all fields final, so a
 * reader that sees the entry sees it whole; a reader that misses it falls through to the locked path) and
 * replaces the whole bucket array, through a volatile field, when it grows.
 */
final class RoleSetTable<V> {
    private static final class Entry<V> {
        final int hash;
        final Set<RoleName> key;
        final V value;
        final Entry<V> next;

        Entry(int hash, Set<RoleName> key, V value, Entry<V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }

    private volatile Entry<V>[] buckets = newBuckets(64);
    private int size;

    /** The value for the set, computed (once, under the lock) when the set is new. */
    V get(Set<RoleName> roles, Function<Set<RoleName>, V> compute) {
        int h = hash(roles);
        V v = find(buckets, h, roles);
        return v != null ? v : insert(h, roles, compute);
    }

    private synchronized V insert(int h, Set<RoleName> roles, Function<Set<RoleName>, V> compute) {
        Entry<V>[] b = buckets;
        V v = find(b, h, roles);
        if (v != null) {
            return v;
        }
        v = compute.apply(roles);
        if (++size > b.length * 3 / 4) {
            b = grow(b);
        }
        int i = h & (b.length - 1);
        b[i] = new Entry<>(h, roles, v, b[i]);
        buckets = b; // the volatile write publishes the bucket array, and a new one after growth
        return v;
    }

    private static <V> V find(Entry<V>[] b, int h, Set<RoleName> roles) {
        for (Entry<V> e = b[h & (b.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && (e.key == roles || e.key.equals(roles))) {
                return e.value;
            }
        }
        return null;
    }

    private static <V> Entry<V>[] grow(Entry<V>[] old) {
        Entry<V>[] b = newBuckets(old.length * 2);
        for (Entry<V> head : old) {
            for (Entry<V> e = head; e != null; e = e.next) {
                int i = e.hash & (b.length - 1);
                b[i] = new Entry<>(e.hash, e.key, e.value, b[i]);
            }
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newBuckets(int n) {
        return (Entry<V>[]) new Entry[n];
    }

    /** Order-independent, like {@code Set.hashCode()}, but each name's hash is mixed first (murmur3 finaliser). */
    static int hash(Set<RoleName> roles) {
        int sum = 0;
        for (RoleName r : roles) {
            sum += mix(r.value().hashCode());
        }
        return mix(sum + roles.size());
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
