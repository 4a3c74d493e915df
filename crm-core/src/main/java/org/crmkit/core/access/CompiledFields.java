package org.crmkit.core.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The field visibility of one set of roles: per tag the most open visibility any role gives (a role silent on a
 * tag gives MASKED), capped by the strictest field forbid of any role. Tags nobody mentions are MASKED — or
 * HIDDEN for an actor with no known role, who holds nothing.
 */
final class CompiledFields implements FieldPolicy {
    private final Map<FieldTag, Visibility> byTag;
    private final Map<FieldTag, String> reasons;
    private final Visibility otherwise;

    private CompiledFields(Map<FieldTag, Visibility> byTag, Map<FieldTag, String> reasons, Visibility otherwise) {
        this.byTag = byTag;
        this.reasons = reasons;
        this.otherwise = otherwise;
    }

    static CompiledFields of(List<Role> roles) {
        Map<FieldTag, Visibility> byTag = new LinkedHashMap<>();
        Map<FieldTag, String> reasons = new LinkedHashMap<>();
        if (roles.isEmpty()) {
            return new CompiledFields(byTag, reasons, Visibility.HIDDEN);
        }
        for (Role r : roles) {
            r.fieldVisibility().keySet().forEach(t -> byTag.putIfAbsent(t, Visibility.HIDDEN));
            r.fieldLimits().keySet().forEach(t -> byTag.putIfAbsent(t, Visibility.HIDDEN));
        }
        for (FieldTag tag : byTag.keySet()) {
            Role most = roles.get(0);
            for (Role r : roles) {
                if (r.visibility(tag).compareTo(most.visibility(tag)) > 0) {
                    most = r;
                }
            }
            Visibility best = most.visibility(tag);
            String why = most.fieldVisibility().containsKey(tag) ? "role " + most.name() + " sees it " + best
                    : "role " + most.name() + " says nothing about it";
            for (Role r : roles) {
                Visibility limit = r.fieldLimits().get(tag);
                if (limit != null && limit.compareTo(best) < 0) {
                    best = limit;
                    why = "role " + r.name() + " forbids more than " + limit;
                }
            }
            byTag.put(tag, best);
            reasons.put(tag, why);
        }
        return new CompiledFields(byTag, reasons, Visibility.MASKED);
    }

    @Override
    public Visibility visibility(FieldTag tag) {
        return byTag.getOrDefault(tag, otherwise);
    }

    /** The tags some role mentions (others get the default). */
    Map<FieldTag, Visibility> mentioned() {
        return byTag;
    }

    @Override
    public String explain() {
        StringJoiner j = new StringJoiner("; ");
        byTag.forEach((tag, v) -> j.add(tag + " " + v + " (" + reasons.get(tag) + ")"));
        j.add("other tags " + otherwise + (otherwise == Visibility.HIDDEN ? " (no known role)"
                : " (no role mentions them)"));
        return j.toString();
    }

    @Override
    public String toString() {
        return explain();
    }
}
