package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmkit.core.organisation.RoleName;

/** Converts roles to and from plain data, turning every malformed string into an {@link InvalidPolicy}. */
final class RoleDefinitions {
    private RoleDefinitions() {
    }

    static Role toRole(RoleDefinition d) {
        String roleName = d.name();
        Role.Builder b = Role.named(parse(roleName, "role name", () -> RoleName.of(d.name())));
        for (RoleDefinition.ScopedPermission g : d.grants()) {
            b.grant(permission(roleName, g.permission()), scope(roleName, g.scope()));
        }
        for (RoleDefinition.ScopedPermission f : d.forbids()) {
            b.forbid(permission(roleName, f.permission()), scope(roleName, f.scope()));
        }
        d.fields().forEach((tag, vis) -> b.sees(tag(roleName, tag), visibility(roleName, vis)));
        d.fieldLimits().forEach((tag, vis) -> b.forbid(tag(roleName, tag), visibility(roleName, vis)));
        for (String r : d.mayAssign()) {
            b.mayAssign(parse(roleName, "assignable role", () -> RoleName.of(r)));
        }
        return b.build();
    }

    static RoleDefinition toDefinition(Role role) {
        List<RoleDefinition.ScopedPermission> grants = new ArrayList<>();
        role.grants().forEach(g -> grants.add(new RoleDefinition.ScopedPermission(g.permission().toString(),
                g.scope().name())));
        List<RoleDefinition.ScopedPermission> forbids = new ArrayList<>();
        role.forbids().forEach(f -> forbids.add(new RoleDefinition.ScopedPermission(f.permission().toString(),
                f.scope().name())));
        Map<String, String> fields = new LinkedHashMap<>();
        role.fieldVisibility().forEach((t, v) -> fields.put(t.name(), v.name()));
        Map<String, String> limits = new LinkedHashMap<>();
        role.fieldLimits().forEach((t, v) -> limits.put(t.name(), v.name()));
        List<String> assign = role.mayAssign().stream().map(RoleName::value).toList();
        return new RoleDefinition(role.name().value(), grants, forbids, fields, limits, assign);
    }

    private static Permission permission(String role, String text) {
        return parse(role, "permission", () -> Permission.parse(text));
    }

    private static Scope scope(String role, String text) {
        return parse(role, "scope", () -> Scope.valueOf(text));
    }

    private static FieldTag tag(String role, String text) {
        return parse(role, "field tag", () -> FieldTag.of(text));
    }

    private static Visibility visibility(String role, String text) {
        return parse(role, "visibility", () -> Visibility.valueOf(text));
    }

    private static <T> T parse(String role, String what, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new InvalidPolicy("role " + role + ": malformed " + what + " (" + e.getMessage() + ")",
                    "роль " + role + ": неверно задано значение '" + what + "' (" + e.getMessage() + ")");
        }
    }
}
