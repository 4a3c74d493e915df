package org.crmkit.core.access;

import java.util.List;
import java.util.Map;

/**
 * A role as plain data — strings only — so a loader (JSON in crm-rules, a database table, a test) can build one
 * without knowing the Java model. {@link Role#from(RoleDefinition)} validates it; {@link Role#definition()}
 * gives it back. Example: grants {@code [("deal.read", "DEPARTMENT_TREE")]}, fields
 * {@code {"personal-data": "MASKED"}}, fieldLimits {@code {"financial": "HIDDEN"}}.
 *
 * @param name        the role name, e.g. {@code acme:key-account}
 * @param grants      permission and scope (a {@link Scope} name) pairs
 * @param forbids     permission and scope pairs that are refused whatever else grants them
 * @param fields      field tag to {@link Visibility} name
 * @param fieldLimits field tag to the most open {@link Visibility} any holder of this role may get (a forbid)
 * @param mayAssign   names of the roles a holder of this role may give to others
 */
public record RoleDefinition(String name, List<ScopedPermission> grants, List<ScopedPermission> forbids,
                             Map<String, String> fields, Map<String, String> fieldLimits, List<String> mayAssign) {
    /** One grant or forbid: {@code ("deal.read", "OWN")}. */
    public record ScopedPermission(String permission, String scope) {
    }

    public RoleDefinition {
        grants = grants == null ? List.of() : List.copyOf(grants);
        forbids = forbids == null ? List.of() : List.copyOf(forbids);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        fieldLimits = fieldLimits == null ? Map.of() : Map.copyOf(fieldLimits);
        mayAssign = mayAssign == null ? List.of() : List.copyOf(mayAssign);
    }
}
