package org.crmkit.rules;

import java.util.regex.Pattern;

/**
 * A namespaced rule id: {@code crmkit:deal.amount-required}. CRMKit's own rules live in {@code crmkit};
 * a vendor adds rules only in its own namespace ({@code acme:...}).
 */
public record RuleId(String namespace, String name) implements Comparable<RuleId> {
    // Ordered by namespace, then name: the tie-break of rule evaluation order.
    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    public RuleId {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("a namespace is lower-case letters, digits and '-': " + namespace);
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule name is lower-case words joined by '.' or '-': " + name);
        }
    }

    /** Parses {@code namespace:name}. */
    public static RuleId of(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a rule id is 'namespace:name', e.g. 'crmkit:deal.amount-required': " + id);
        }
        return new RuleId(id.substring(0, colon), id.substring(colon + 1));
    }

    public static boolean isNamespace(String namespace) {
        return namespace != null && NAMESPACE.matcher(namespace).matches();
    }

    @Override
    public int compareTo(RuleId other) {
        int byNamespace = namespace.compareTo(other.namespace);
        return byNamespace != 0 ? byNamespace : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
