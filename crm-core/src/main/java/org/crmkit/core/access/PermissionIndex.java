package org.crmkit.core.access;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Numbers every permission a policy mentions (in a grant or a forbid) 0..n-1, so that what a role set says about a
 * permission can sit in a plain array. The table is small (a few hundred entries) and shared by every check,
 * so it stays in cache, unlike one hash map per role set. Permissions the policy never mentions get -1.
 */
final class PermissionIndex {
    private final Permission[] keys;
    private final int[] values;
    private final Permission[] byNumber;
    private final int mask;
    private final int size;

    private PermissionIndex(Set<Permission> permissions) {
        int capacity = Integer.highestOneBit(Math.max(4, permissions.size() * 4 - 1)) << 1;
        keys = new Permission[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int next = 0;
        byNumber = permissions.toArray(Permission[]::new);
        for (Permission p : permissions) {
            int i = slot(p);
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = p;
            values[i] = next++;
        }
        size = next;
    }

    static PermissionIndex of(Policy policy) {
        Set<Permission> all = new LinkedHashSet<>();
        for (Role role : policy.roles()) {
            role.grants().forEach(g -> all.add(g.permission()));
            role.forbids().forEach(f -> all.add(f.permission()));
        }
        return new PermissionIndex(all);
    }

    /** The permission's number, or -1 when the policy never mentions it. */
    int indexOf(Permission permission) {
        int i = slot(permission);
        for (Permission k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == permission || k.equals(permission)) {
                return values[i];
            }
        }
        return -1;
    }

    /** The permission numbered {@code i}. */
    Permission permissionAt(int i) {
        return byNumber[i];
    }

    int size() {
        return size;
    }

    private int slot(Permission p) {
        int h = p.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
