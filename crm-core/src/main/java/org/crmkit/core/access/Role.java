package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;

/**
 * A user class: what its holders may do (grants at scopes), what they may never do (forbids), how they see tagged
 * fields, and which roles they may give to others. Immutable. Granting a permission twice keeps the wider scope.
 *
 * <p>A role that says nothing about a field tag sees it {@link Visibility#MASKED}: the safe middle — the reader
 * knows the field exists and can recognise a value, but personal or financial data never leaks by omission.
 */
public final class Role {
    private final RoleName name;
    private final Map<Permission, Scope> grants;
    private final Map<Permission, Scope> forbids;
    private final Map<FieldTag, Visibility> fields;
    private final Map<FieldTag, Visibility> fieldLimits;
    private final Set<RoleName> mayAssign;

    private Role(Builder b) {
        this.name = Objects.requireNonNull(b.name, "role name");
        this.grants = Collections.unmodifiableMap(new LinkedHashMap<>(b.grants));
        this.forbids = Collections.unmodifiableMap(new LinkedHashMap<>(b.forbids));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
        this.fieldLimits = Collections.unmodifiableMap(new LinkedHashMap<>(b.fieldLimits));
        this.mayAssign = Collections.unmodifiableSet(new LinkedHashSet<>(b.mayAssign));
    }

    public static Builder named(String name) {
        return named(RoleName.of(name));
    }

    public static Builder named(RoleName name) {
        Builder b = new Builder();
        b.name = Objects.requireNonNull(name, "role name");
        return b;
    }

    /** A builder holding a copy of everything {@code base} says, under the same name until renamed. */
    public static Builder extending(Role base) {
        Builder b = named(base.name);
        b.grants.putAll(base.grants);
        b.forbids.putAll(base.forbids);
        b.fields.putAll(base.fields);
        b.fieldLimits.putAll(base.fieldLimits);
        b.mayAssign.addAll(base.mayAssign);
        return b;
    }

    /** Builds a role from plain data; anything malformed is an {@link InvalidPolicy} naming the role and value. */
    public static Role from(RoleDefinition d) {
        return RoleDefinitions.toRole(d);
    }

    /** This role as plain data; {@code Role.from(r.definition())} equals {@code r}. */
    public RoleDefinition definition() {
        return RoleDefinitions.toDefinition(this);
    }

    public RoleName name() {
        return name;
    }

    /** The widest scope this role grants the permission at. */
    public Optional<Scope> scopeOf(Permission permission) {
        return Optional.ofNullable(grants.get(permission));
    }

    public Optional<Scope> forbiddenScopeOf(Permission permission) {
        return Optional.ofNullable(forbids.get(permission));
    }

    public List<Grant> grants() {
        List<Grant> list = new ArrayList<>(grants.size());
        grants.forEach((p, s) -> list.add(new Grant(p, s)));
        return list;
    }

    public List<Forbid> forbids() {
        List<Forbid> list = new ArrayList<>(forbids.size());
        forbids.forEach((p, s) -> list.add(new Forbid(p, s)));
        return list;
    }

    /** What this role says about each tag it mentions; unmentioned tags are {@link Visibility#MASKED}. */
    public Map<FieldTag, Visibility> fieldVisibility() {
        return fields;
    }

    public Visibility visibility(FieldTag tag) {
        return fields.getOrDefault(tag, Visibility.MASKED);
    }

    /** Tags whose visibility this role caps for its holders, whatever their other roles say. */
    public Map<FieldTag, Visibility> fieldLimits() {
        return fieldLimits;
    }

    public Set<RoleName> mayAssign() {
        return mayAssign;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role r && name.equals(r.name) && grants.equals(r.grants) && forbids.equals(r.forbids)
                && fields.equals(r.fields) && fieldLimits.equals(r.fieldLimits) && mayAssign.equals(r.mayAssign);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, grants, forbids, fields, fieldLimits, mayAssign);
    }

    @Override
    public String toString() {
        return "role " + name;
    }

    /** Collects a role's rules; {@link #build()} may be called more than once. */
    public static final class Builder {
        private RoleName name;
        private final Map<Permission, Scope> grants = new LinkedHashMap<>();
        private final Map<Permission, Scope> forbids = new LinkedHashMap<>();
        private final Map<FieldTag, Visibility> fields = new LinkedHashMap<>();
        private final Map<FieldTag, Visibility> fieldLimits = new LinkedHashMap<>();
        private final Set<RoleName> mayAssign = new LinkedHashSet<>();

        private Builder() {
        }

        /** Gives the role being built another name (for a role derived with {@link Role#extending}). */
        public Builder rename(String newName) {
            this.name = RoleName.of(newName);
            return this;
        }

        public Builder grant(Resource resource, Action action, Scope scope) {
            return grant(Permission.of(resource, action), scope);
        }

        public Builder grant(Permission permission, Scope scope) {
            Objects.requireNonNull(scope, "scope");
            grants.merge(Objects.requireNonNull(permission, "permission"), scope, Role::wider);
            return this;
        }

        /** Grants several actions on one resource at the same scope. */
        public Builder grant(Resource resource, Scope scope, Action... actions) {
            for (Action a : actions) {
                grant(resource, a, scope);
            }
            return this;
        }

        /** Removes a grant (e.g. from a role being extended). */
        public Builder revoke(Permission permission) {
            grants.remove(permission);
            return this;
        }

        /** Forbids the permission everywhere. */
        public Builder forbid(Resource resource, Action action) {
            return forbid(Permission.of(resource, action), Scope.ALL);
        }

        /** Forbids the permission on the records the scope admits. */
        public Builder forbid(Permission permission, Scope scope) {
            Objects.requireNonNull(scope, "scope");
            forbids.merge(Objects.requireNonNull(permission, "permission"), scope, Role::wider);
            return this;
        }

        public Builder sees(FieldTag tag, Visibility visibility) {
            fields.put(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(visibility, "visibility"));
            return this;
        }

        /** Hides the tag from every holder of this role, whatever their other roles let them see. */
        public Builder forbid(FieldTag tag) {
            return forbid(tag, Visibility.HIDDEN);
        }

        /** Caps the tag at {@code atMost} for every holder of this role, whatever their other roles say. */
        public Builder forbid(FieldTag tag, Visibility atMost) {
            fieldLimits.merge(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(atMost, "visibility"),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
            return this;
        }

        public Builder mayAssign(RoleName... roles) {
            for (RoleName r : roles) {
                mayAssign.add(Objects.requireNonNull(r));
            }
            return this;
        }

        public Role build() {
            return new Role(this);
        }
    }

    private static Scope wider(Scope a, Scope b) {
        return a.covers(b) ? a : b;
    }
}
