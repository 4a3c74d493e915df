package org.crmkit.rules.routing;

import java.util.Optional;
import org.crmkit.core.shared.EmployeeId;

/**
 * Picks an active employee for a request, named in rules as {@code {"assign": {"strategy": "<name>"}}}. A
 * strategy that finds nobody returns empty, and the router falls back.
 */
@FunctionalInterface
public interface AssignmentStrategy {
    Optional<EmployeeId> choose(RoutingRequest request, Workforce workforce);
}
