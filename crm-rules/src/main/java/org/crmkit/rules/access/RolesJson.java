package org.crmkit.rules.access;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crmkit.core.access.Policy;
import org.crmkit.core.access.Role;
import org.crmkit.core.access.RoleDefinition;
import org.crmkit.core.access.RoleDefinition.ScopedPermission;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.DomainException;

/**
 * A company's or an ERP vendor's own user classes in JSON, on top of a base policy (usually
 * {@code StandardRoles.policy()}): a role whose name is new is added; a role named like one of the base
 * policy's replaces it (an override, said explicitly with {@code "overrides": true}); {@code "extends"} starts
 * a role from a base role's grants. Every problem of the document is reported at once with its JSON path.
 *
 * <pre>{@code
 * { "roles": [
 *   { "name": "acme:key-account", "extends": "sales-manager",
 *     "grants":  [ { "permission": "deal.read", "scope": "DEPARTMENT_TREE" } ],
 *     "forbids": [ { "permission": "deal.delete", "scope": "ALL" } ],
 *     "fields":  { "personal-data": "VISIBLE", "financial": "VISIBLE" } },
 *   { "name": "marketer", "overrides": true, "extends": "marketer",
 *     "fields": { "personal-data": "HIDDEN" } } ] }
 * }</pre>
 */
public final class RolesJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KNOWN = List.of("name", "extends", "overrides", "grants", "forbids", "fields",
            "fieldLimits", "mayAssign");

    private RolesJson() {
    }

    /** The base policy with the document's roles added or overriding, as the next version of it. */
    public static Policy read(String json, Policy base) {
        List<RoleProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new RoleLoadException(List.of(new RoleProblem("$", "not valid JSON: "
                    + e.getOriginalMessage())));
        }
        JsonNode roles = root == null ? null : root.get("roles");
        if (roles == null || !roles.isArray()) {
            throw new RoleLoadException(List.of(new RoleProblem("$.roles", "an array of roles is required")));
        }
        Policy.Builder policy = base.revise();
        for (int i = 0; i < roles.size(); i++) {
            String path = "$.roles[" + i + "]";
            Role role = role(roles.get(i), path, base, problems);
            if (role == null) {
                continue;
            }
            boolean exists = base.role(role.name()).isPresent();
            boolean overrides = roles.get(i).path("overrides").asBoolean(false);
            if (exists && !overrides) {
                problems.add(new RoleProblem(path + ".name", "role '" + role.name()
                        + "' already exists: say \"overrides\": true to replace it"));
            } else if (!exists && overrides) {
                problems.add(new RoleProblem(path + ".overrides", "there is no role '" + role.name()
                        + "' to override"));
            } else if (exists) {
                policy.override(role);
            } else {
                policy.role(role);
            }
        }
        if (!problems.isEmpty()) {
            throw new RoleLoadException(problems);
        }
        return policy.build();
    }

    private static Role role(JsonNode node, String path, Policy base, List<RoleProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new RoleProblem(path, "a role is an object"));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!KNOWN.contains(field)) {
                problems.add(new RoleProblem(path + "." + field, "unknown property '" + field + "' (known: "
                        + String.join(", ", KNOWN) + ")"));
            }
        }
        String name = text(node, "name", path, problems);
        RoleDefinition start = null;
        if (node.has("extends")) {
            String baseName = text(node, "extends", path, problems);
            if (baseName != null) {
                try {
                    start = base.role(RoleName.of(baseName)).map(Role::definition).orElse(null);
                } catch (IllegalArgumentException e) {
                    start = null;
                }
                if (start == null) {
                    problems.add(new RoleProblem(path + ".extends", "no base role '" + baseName + "'"));
                }
            }
        }
        List<ScopedPermission> grants = new ArrayList<>(start == null ? List.of() : start.grants());
        grants.addAll(scoped(node.get("grants"), path + ".grants", problems));
        List<ScopedPermission> forbids = new ArrayList<>(start == null ? List.of() : start.forbids());
        forbids.addAll(scoped(node.get("forbids"), path + ".forbids", problems));
        Map<String, String> fields = new LinkedHashMap<>(start == null ? Map.of() : start.fields());
        fields.putAll(strings(node.get("fields"), path + ".fields", problems));
        Map<String, String> limits = new LinkedHashMap<>(start == null ? Map.of() : start.fieldLimits());
        limits.putAll(strings(node.get("fieldLimits"), path + ".fieldLimits", problems));
        List<String> mayAssign = new ArrayList<>(start == null ? List.of() : start.mayAssign());
        JsonNode assign = node.get("mayAssign");
        if (assign != null) {
            if (!assign.isArray()) {
                problems.add(new RoleProblem(path + ".mayAssign", "an array of role names is expected"));
            } else {
                assign.forEach(a -> mayAssign.add(a.asText()));
            }
        }
        if (name == null || problems.size() > before) {
            return null;
        }
        try {
            return Role.from(new RoleDefinition(name, grants, forbids, fields, limits, mayAssign));
        } catch (DomainException | IllegalArgumentException e) {
            problems.add(new RoleProblem(path, e.getMessage()));
            return null;
        }
    }

    private static List<ScopedPermission> scoped(JsonNode array, String path, List<RoleProblem> problems) {
        List<ScopedPermission> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        if (!array.isArray()) {
            problems.add(new RoleProblem(path, "an array of {permission, scope} is expected"));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            String permission = text(array.get(i), "permission", at, problems);
            String scope = text(array.get(i), "scope", at, problems);
            if (permission != null && scope != null) {
                result.add(new ScopedPermission(permission, scope));
            }
        }
        return result;
    }

    private static Map<String, String> strings(JsonNode object, String path, List<RoleProblem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (object == null) {
            return result;
        }
        if (!object.isObject()) {
            problems.add(new RoleProblem(path, "an object of tag: visibility is expected"));
            return result;
        }
        object.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    private static String text(JsonNode node, String field, String path, List<RoleProblem> problems) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(new RoleProblem(path + "." + field, "'" + field + "' is required (text)"));
            return null;
        }
        return value.asText();
    }
}
