package org.crmkit.core.access;

/** Skeleton: the access branch replaces this with explained decisions. */
public final class Decision {
    private final boolean allowed;
    private final String explanation;

    private Decision(boolean allowed, String explanation) {
        this.allowed = allowed;
        this.explanation = explanation;
    }

    public static Decision allow(String explanation) {
        return new Decision(true, explanation);
    }

    public static Decision deny(String explanation) {
        return new Decision(false, explanation);
    }

    public boolean allowed() {
        return allowed;
    }

    /** One sentence that names what decided it. */
    public String explain() {
        return explanation;
    }
}
