package org.crmkit.rules.sla;

/**
 * Which claims a policy covers; an absent ({@code null}) part matches anything. The all-absent scope is the
 * default policy. A more specific scope wins, and the parts rank segment over severity over category: a
 * segment-only policy beats a category-and-severity one.
 */
public record SlaScope(ClaimCategory category, ClaimSeverity severity, ClientSegment segment) {

    public static SlaScope anyClaim() {
        return new SlaScope(null, null, null);
    }

    public SlaScope forCategory(ClaimCategory category) {
        return new SlaScope(category, severity, segment);
    }

    public SlaScope forSeverity(ClaimSeverity severity) {
        return new SlaScope(category, severity, segment);
    }

    public SlaScope forSegment(ClientSegment segment) {
        return new SlaScope(category, severity, segment);
    }

    /** {@code segment} may be null for a client without a segment; it then matches only scopes without one. */
    public boolean matches(ClaimCategory category, ClaimSeverity severity, ClientSegment segment) {
        return (this.category == null || this.category.equals(category))
                && (this.severity == null || this.severity.equals(severity))
                && (this.segment == null || this.segment.equals(segment));
    }

    /** Higher is more specific; weights as bits make the segment > severity > category ranking exact. */
    int specificity() {
        return (segment != null ? 4 : 0) + (severity != null ? 2 : 0) + (category != null ? 1 : 0);
    }
}
