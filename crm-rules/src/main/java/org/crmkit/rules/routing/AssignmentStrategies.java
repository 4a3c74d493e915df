package org.crmkit.rules.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * CRMKit's built-in assignment strategies, by the names rules use:
 * <ul>
 *   <li>{@code client-owner} — the employee who owns the request's client;</li>
 *   <li>{@code round-robin} — the request's team in turn (id order, after the last one picked);</li>
 *   <li>{@code least-loaded} — the team member with the fewest open tasks;</li>
 *   <li>{@code by-skill} — the least loaded member (of the team, or anyone if the request names none) whose
 *   profile has the request's skill;</li>
 *   <li>{@code by-territory} — the same with the request's territory.</li>
 * </ul>
 */
public final class AssignmentStrategies {
    public static final String CLIENT_OWNER = "client-owner";
    public static final String ROUND_ROBIN = "round-robin";
    public static final String LEAST_LOADED = "least-loaded";
    public static final String BY_SKILL = "by-skill";
    public static final String BY_TERRITORY = "by-territory";

    private AssignmentStrategies() {
    }

    /** A fresh set of the built-ins (round-robin keeps its turn per team, so each router has its own). */
    static Map<String, AssignmentStrategy> builtIns() {
        return Map.of(CLIENT_OWNER, clientOwner(), ROUND_ROBIN, new RoundRobin(), LEAST_LOADED, leastLoaded(),
                BY_SKILL, bySkill(), BY_TERRITORY, byTerritory());
    }

    public static AssignmentStrategy clientOwner() {
        return (request, workforce) -> workforce.ownerOf(request.client()).filter(workforce::isAvailable);
    }

    public static AssignmentStrategy leastLoaded() {
        return (request, workforce) -> request.team() == null ? Optional.empty()
                : workforce.leastLoaded(workforce.members(request.team()));
    }

    public static AssignmentStrategy bySkill() {
        return (request, workforce) -> workforce.leastLoaded(workforce.members(request.team()).stream()
                .filter(e -> workforce.profile(e).map(p -> p.hasSkill(request.skill())).orElse(false)).toList());
    }

    public static AssignmentStrategy byTerritory() {
        return (request, workforce) -> workforce.leastLoaded(workforce.members(request.team()).stream()
                .filter(e -> workforce.profile(e).map(p -> p.serves(request.territory())).orElse(false)).toList());
    }

    /** Turns within each team; the turn is kept in memory, per router. */
    static final class RoundRobin implements AssignmentStrategy {
        private final Map<DepartmentId, EmployeeId> lastPicked = new ConcurrentHashMap<>();

        @Override
        public synchronized Optional<EmployeeId> choose(RoutingRequest request, Workforce workforce) {
            if (request.team() == null) {
                return Optional.empty();
            }
            List<EmployeeId> members = workforce.members(request.team());
            if (members.isEmpty()) {
                return Optional.empty();
            }
            EmployeeId last = lastPicked.get(request.team());
            EmployeeId next = members.stream().filter(e -> last == null || e.value().compareTo(last.value()) > 0)
                    .findFirst().orElse(members.get(0));
            lastPicked.put(request.team(), next);
            return Optional.of(next);
        }
    }
}
