package org.crmkit.core.access;

/**
 * How far a set of roles reaches with one permission, shares aside: the records the widest grant admits minus
 * those the widest forbid admits. Because scopes nest, a reach is a band of scopes {@code (forbidden, granted]},
 * which makes "does this reach more than that one" exact without looking at any record.
 *
 * @param granted   widest granted scope, or {@code null} for none
 * @param forbidden widest forbidden scope, or {@code null} for none
 */
public record Reach(Scope granted, Scope forbidden) {
    public static final Reach NONE = new Reach(null, null);

    public boolean isEmpty() {
        return top() <= bottom();
    }

    /** True when every record this reach admits, {@code other} admits too. */
    public boolean within(Reach other) {
        return isEmpty() || (!other.isEmpty() && other.bottom() <= bottom() && top() <= other.top());
    }

    private int top() {
        return granted == null ? -1 : granted.ordinal();
    }

    private int bottom() {
        return forbidden == null ? -1 : forbidden.ordinal();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "none";
        }
        return forbidden == null ? granted.name() : granted.name() + " except " + forbidden.name();
    }
}
