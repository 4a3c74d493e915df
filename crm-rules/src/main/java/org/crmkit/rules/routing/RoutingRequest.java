package org.crmkit.rules.routing;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.task.Priority;
import org.crmkit.rules.FactSchema;

/**
 * What assignment rules read about a piece of work to be given to someone (schema {@code task-routing}, trigger
 * {@code "create"}): its kind in the company's words, the team (department) it belongs to, the client it is
 * for, the skill and territory it needs, its priority. Absent parts are null.
 */
public record RoutingRequest(String kind, DepartmentId team, ClientId client, String skill, String territory,
                             Priority priority) {

    public static final FactSchema<RoutingRequest> SCHEMA = FactSchema.builder("task-routing", RoutingRequest.class)
            .string("kind", RoutingRequest::kind)
            .string("team", request -> request.team() == null ? null : request.team().value().toString())
            .bool("hasClient", request -> request.client() != null)
            .string("skill", RoutingRequest::skill)
            .string("territory", RoutingRequest::territory)
            .enumeration("priority", Priority.class, RoutingRequest::priority)
            .build();

    public static RoutingRequest of(String kind) {
        return new RoutingRequest(kind, null, null, null, null, Priority.NORMAL);
    }

    public RoutingRequest inTeam(DepartmentId department) {
        return new RoutingRequest(kind, department, client, skill, territory, priority);
    }

    public RoutingRequest forClient(ClientId forClient) {
        return new RoutingRequest(kind, team, forClient, skill, territory, priority);
    }

    public RoutingRequest needing(String neededSkill) {
        return new RoutingRequest(kind, team, client, neededSkill, territory, priority);
    }

    public RoutingRequest in(String inTerritory) {
        return new RoutingRequest(kind, team, client, skill, inTerritory, priority);
    }

    public RoutingRequest withPriority(Priority newPriority) {
        return new RoutingRequest(kind, team, client, skill, territory, newPriority);
    }
}
