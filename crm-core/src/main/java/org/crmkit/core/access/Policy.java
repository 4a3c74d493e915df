package org.crmkit.core.access;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.organisation.RoleName;

/**
 * The catalogue of roles a company runs with: immutable and versioned, so a decision or an audit entry can say
 * which rules applied and {@link PolicyDiff} can compare two versions. Built from roles — usually
 * {@link StandardRoles#all()} plus the company's own, some of which {@link Builder#override override} ours.
 * Every role a role may assign must exist in the same policy.
 */
public final class Policy {
    private final long version;
    private final Map<RoleName, Role> roles;

    private Policy(long version, Map<RoleName, Role> roles) {
        this.version = version;
        this.roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    public static Builder builder() {
        return new Builder(1, Map.of());
    }

    /** A builder starting from this policy, one version later. */
    public Builder revise() {
        return new Builder(version + 1, roles);
    }

    public long version() {
        return version;
    }

    public Optional<Role> role(RoleName name) {
        return Optional.ofNullable(roles.get(name));
    }

    public Collection<Role> roles() {
        return roles.values();
    }

    public boolean defines(RoleName name) {
        return roles.containsKey(name);
    }

    @Override
    public String toString() {
        return "policy v" + version + " " + roles.keySet();
    }

    /** Collects roles; adding a name twice is an error, replacing needs {@link #override}. */
    public static final class Builder {
        private long version;
        private final Map<RoleName, Role> roles;

        private Builder(long version, Map<RoleName, Role> roles) {
            this.version = version;
            this.roles = new LinkedHashMap<>(roles);
        }

        public Builder version(long version) {
            if (version < 1) {
                throw new IllegalArgumentException("a policy version starts at 1");
            }
            this.version = version;
            return this;
        }

        public Builder roles(Collection<Role> toAdd) {
            toAdd.forEach(this::role);
            return this;
        }

        public Builder role(Role role) {
            if (roles.putIfAbsent(role.name(), role) != null) {
                throw new InvalidPolicy("role " + role.name() + " is defined twice (use override to replace it)",
                        "роль " + role.name() + " определена дважды (для замены используйте override)");
            }
            return this;
        }

        /** Replaces a role of the same name; overriding a role that is not there is a typo, hence an error. */
        public Builder override(Role role) {
            if (roles.replace(role.name(), role) == null) {
                throw new InvalidPolicy("nothing to override: no role " + role.name(),
                        "нечего заменять: роли " + role.name() + " нет");
            }
            return this;
        }

        public Builder remove(RoleName name) {
            roles.remove(name);
            return this;
        }

        public Policy build() {
            for (Role r : roles.values()) {
                List<RoleName> unknown = r.mayAssign().stream().filter(n -> !roles.containsKey(n)).toList();
                if (!unknown.isEmpty()) {
                    throw new InvalidPolicy("role " + r.name() + " may assign unknown roles " + unknown,
                            "роль " + r.name() + " может назначать неизвестные роли " + unknown);
                }
            }
            return new Policy(version, Objects.requireNonNull(roles));
        }
    }
}
