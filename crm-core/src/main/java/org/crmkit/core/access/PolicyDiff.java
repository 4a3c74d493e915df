package org.crmkit.core.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;

/**
 * Who gains and who loses what when one policy replaces another: per person, every permission whose reach
 * changes and every field tag whose visibility changes. Shares are not part of a policy and so not compared.
 * Review it before rolling out a new policy version.
 */
public final class PolicyDiff {
    /** One person's reach with one permission, before and after. */
    public record AccessChange(EmployeeId employee, Permission permission, Reach before, Reach after) {
        public boolean gains() {
            return !after.within(before);
        }

        public boolean loses() {
            return !before.within(after);
        }

        @Override
        public String toString() {
            return employee + " " + permission + ": " + before + " → " + after;
        }
    }

    /** One person's view of one field tag, before and after. */
    public record FieldChange(EmployeeId employee, FieldTag tag, Visibility before, Visibility after) {
        public boolean gains() {
            return after.compareTo(before) > 0;
        }

        @Override
        public String toString() {
            return employee + " " + tag + ": " + before + " → " + after;
        }
    }

    private final List<AccessChange> access;
    private final List<FieldChange> fields;

    private PolicyDiff(List<AccessChange> access, List<FieldChange> fields) {
        this.access = List.copyOf(access);
        this.fields = List.copyOf(fields);
    }

    public static PolicyDiff between(Policy before, Policy after, Collection<Actor> people) {
        List<AccessChange> access = new ArrayList<>();
        List<FieldChange> fields = new ArrayList<>();
        Map<Set<RoleName>, CompiledRoles[]> cache = new HashMap<>();
        for (Actor person : people) {
            CompiledRoles[] pair = cache.computeIfAbsent(person.roles(), names -> new CompiledRoles[] {
                CompiledRoles.compile(before, names), CompiledRoles.compile(after, names)});
            Set<Permission> permissions = new LinkedHashSet<>(pair[0].rules.keySet());
            permissions.addAll(pair[1].rules.keySet());
            for (Permission p : permissions) {
                Reach was = pair[0].reach(p);
                Reach is = pair[1].reach(p);
                if (!was.within(is) || !is.within(was)) {
                    access.add(new AccessChange(person.employee(), p, was, is));
                }
            }
            Set<FieldTag> tags = new LinkedHashSet<>(pair[0].fields.mentioned().keySet());
            tags.addAll(pair[1].fields.mentioned().keySet());
            for (FieldTag t : tags) {
                Visibility was = pair[0].fields.visibility(t);
                Visibility is = pair[1].fields.visibility(t);
                if (was != is) {
                    fields.add(new FieldChange(person.employee(), t, was, is));
                }
            }
        }
        return new PolicyDiff(access, fields);
    }

    public List<AccessChange> accessChanges() {
        return access;
    }

    public List<AccessChange> gains() {
        return access.stream().filter(AccessChange::gains).toList();
    }

    public List<AccessChange> losses() {
        return access.stream().filter(AccessChange::loses).toList();
    }

    public List<FieldChange> fieldChanges() {
        return fields;
    }

    public boolean isEmpty() {
        return access.isEmpty() && fields.isEmpty();
    }

    @Override
    public String toString() {
        List<Object> all = new ArrayList<>(access);
        all.addAll(fields);
        return all.isEmpty() ? "no change" : all.toString();
    }
}
