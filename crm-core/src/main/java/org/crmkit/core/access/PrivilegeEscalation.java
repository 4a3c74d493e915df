package org.crmkit.core.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;

/**
 * Finds roles whose holders could obtain more than they have by assigning roles: a role may assign the roles in
 * its {@link Role#mayAssign()} (and {@code employee.assign} decides to whom), so a holder could assign such a
 * role to themselves or an accomplice. It is flagged when a role reachable through assignment — directly or
 * through a chain of roles that may assign further — reaches further with some permission, or sees some field
 * tag more openly, than the assigning role itself. A role that may assign itself or narrower roles is fine.
 */
public final class PrivilegeEscalation {
    /** One role that could hand out more than it holds, through {@code path}, and what exceeds. */
    public record Finding(RoleName assigner, List<RoleName> path, List<String> excess) {
        public RoleName assignable() {
            return path.get(path.size() - 1);
        }

        public String explain() {
            return "role " + assigner + " may assign " + String.join(" → ", path.stream().map(RoleName::value)
                    .toList()) + ", which exceeds it: " + String.join(", ", excess);
        }

        @Override
        public String toString() {
            return explain();
        }
    }

    private PrivilegeEscalation() {
    }

    public static List<Finding> find(Policy policy) {
        List<Finding> findings = new ArrayList<>();
        for (Role assigner : policy.roles()) {
            CompiledRoles own = CompiledRoles.compile(policy, Set.of(assigner.name()));
            for (Map.Entry<RoleName, List<RoleName>> reachable : reachable(policy, assigner).entrySet()) {
                CompiledRoles other = CompiledRoles.compile(policy, Set.of(reachable.getKey()));
                List<String> excess = excess(own, other);
                if (!excess.isEmpty()) {
                    findings.add(new Finding(assigner.name(), reachable.getValue(), excess));
                }
            }
        }
        return findings;
    }

    /** Each role reachable by assignment, with the shortest chain that reaches it. */
    private static Map<RoleName, List<RoleName>> reachable(Policy policy, Role from) {
        Map<RoleName, List<RoleName>> paths = new LinkedHashMap<>();
        Deque<RoleName> queue = new ArrayDeque<>();
        for (RoleName n : from.mayAssign()) {
            if (paths.putIfAbsent(n, List.of(n)) == null) {
                queue.add(n);
            }
        }
        while (!queue.isEmpty()) {
            RoleName n = queue.poll();
            for (RoleName next : policy.role(n).map(Role::mayAssign).orElse(Set.of())) {
                if (!paths.containsKey(next)) {
                    List<RoleName> path = new ArrayList<>(paths.get(n));
                    path.add(next);
                    paths.put(next, List.copyOf(path));
                    queue.add(next);
                }
            }
        }
        paths.remove(from.name());
        return paths;
    }

    private static List<String> excess(CompiledRoles own, CompiledRoles other) {
        List<String> excess = new ArrayList<>();
        for (Permission p : other.rules.keySet()) {
            Reach theirs = other.reach(p);
            Reach mine = own.reach(p);
            if (!theirs.within(mine)) {
                excess.add(p + " " + theirs + " (assigner has " + mine + ")");
            }
        }
        Set<FieldTag> tags = new LinkedHashSet<>(other.fields.mentioned().keySet());
        tags.addAll(own.fields.mentioned().keySet());
        for (FieldTag t : tags) {
            Visibility theirs = other.fields.visibility(t);
            Visibility mine = own.fields.visibility(t);
            if (theirs.compareTo(mine) > 0) {
                excess.add(t + " " + theirs + " (assigner sees " + mine + ")");
            }
        }
        return excess;
    }
}
