package org.crmkit.rules.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned set of SLA policies. For a claim it selects the most specific policy in effect when the claim
 * was registered (segment over severity over category over the default); the claim then keeps that
 * {@link SlaPolicyRef} and reads its terms back with {@link #byRef}, however the policies are revised later.
 * Immutable.
 */
public final class SlaPolicies {

    // Breaks ties between equally specific policies deterministically: the newest, then the id.
    private static final Comparator<SlaPolicy> PREFERENCE = Comparator
            .comparingInt((SlaPolicy p) -> p.scope().specificity())
            .thenComparing(SlaPolicy::effectiveFrom)
            .thenComparing(p -> p.id().value(), Comparator.reverseOrder());

    private final Map<SlaPolicyId, List<SlaPolicy>> versions; // each list ordered by version

    private SlaPolicies(Map<SlaPolicyId, List<SlaPolicy>> versions) {
        this.versions = versions;
    }

    /**
     * @throws IllegalArgumentException if a policy id has a repeated version, or a later version takes effect no
     *         later than an earlier one (which would make "the version in effect" ambiguous)
     */
    public static SlaPolicies of(Collection<SlaPolicy> policies) {
        Map<SlaPolicyId, List<SlaPolicy>> byId = new HashMap<>();
        for (SlaPolicy policy : policies) {
            byId.computeIfAbsent(policy.id(), id -> new ArrayList<>()).add(policy);
        }
        Map<SlaPolicyId, List<SlaPolicy>> checked = new HashMap<>();
        byId.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(SlaPolicy::version));
            for (int i = 1; i < list.size(); i++) {
                SlaPolicy earlier = list.get(i - 1);
                SlaPolicy later = list.get(i);
                if (later.version() == earlier.version()) {
                    throw new IllegalArgumentException("policy " + id.value() + " has version " + later.version() + " twice");
                }
                if (!later.effectiveFrom().isAfter(earlier.effectiveFrom())) {
                    throw new IllegalArgumentException("policy " + id.value() + " version " + later.version()
                            + " must take effect after version " + earlier.version());
                }
            }
            checked.put(id, List.copyOf(list));
        });
        return new SlaPolicies(Map.copyOf(checked));
    }

    /** The same set with one more policy or policy version. */
    public SlaPolicies with(SlaPolicy policy) {
        List<SlaPolicy> all = new ArrayList<>();
        versions.values().forEach(all::addAll);
        all.add(policy);
        return of(all);
    }

    /**
     * The policy a claim registered at {@code registeredAt} falls under; empty if none matches (add a default
     * policy with {@link SlaScope#anyClaim()} to make that impossible).
     *
     * @param segment the client's segment, or {@code null} if the client has none
     */
    public Optional<SlaPolicy> policyFor(ClaimCategory category, ClaimSeverity severity, ClientSegment segment, Instant registeredAt) {
        return versions.values().stream()
                .map(list -> inEffect(list, registeredAt))
                .flatMap(Optional::stream)
                .filter(policy -> policy.scope().matches(category, severity, segment))
                .max(PREFERENCE);
    }

    public Optional<SlaPolicy> byRef(SlaPolicyRef ref) {
        return versions.getOrDefault(ref.id(), List.of()).stream().filter(p -> p.version() == ref.version()).findFirst();
    }

    private static Optional<SlaPolicy> inEffect(List<SlaPolicy> versionsOfOne, Instant at) {
        SlaPolicy found = null;
        for (SlaPolicy policy : versionsOfOne) {
            if (policy.effectiveFrom().isAfter(at)) {
                break;
            }
            found = policy;
        }
        return Optional.ofNullable(found);
    }
}
