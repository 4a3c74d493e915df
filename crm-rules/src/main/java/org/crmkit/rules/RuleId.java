package org.crmkit.rules;

/**
 * A namespaced rule id: {@code crmkit:deal.amount-required}. CRMKit's own rules live in {@code crmkit};
 * a vendor adds rules only in its own namespace ({@code acme:...}).
 */
public record RuleId(String namespace, String name) implements Comparable<RuleId> {
    // Ordered by namespace, then name: the tie-break of rule evaluation order.
    // The shapes are checked by hand, not by regular expressions: a 10,000-rule load checks 10,000 ids.

    public RuleId {
        if (!isNamespace(namespace)) {
            throw new IllegalArgumentException("a namespace is lower-case letters, digits and '-': " + namespace);
        }
        if (!isName(name)) {
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

    /** {@code [a-z][a-z0-9-]*} */
    public static boolean isNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty() || !isLowerLetter(namespace.charAt(0))) {
            return false;
        }
        for (int i = 1; i < namespace.length(); i++) {
            if (!isWordChar(namespace.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*}: words that start with a letter or digit, joined by dots. */
    private static boolean isName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (wordStart) {
                if (!isLowerLetter(c) && !isDigit(c)) {
                    return false;
                }
                wordStart = false;
            } else if (c == '.') {
                wordStart = true;
            } else if (!isWordChar(c)) {
                return false;
            }
        }
        return !wordStart;
    }

    private static boolean isWordChar(char c) {
        return isLowerLetter(c) || isDigit(c) || c == '-';
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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
