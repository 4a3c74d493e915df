package org.crmkit.rules;

import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One named, typed fact a rule may read. The accessor is resolved once, when a rule is loaded; evaluation
 * calls it directly and never looks a field up by name.
 *
 * @param name     a name or a dotted path ({@code client.segment})
 * @param type     the type of the value the accessor returns
 * @param accessor returns the value, or null when the fact is absent; values are already normalised to the
 *                 representation of the type (see {@link FactSchema.Builder})
 */
public record Field<T>(String name, FactType type, Function<? super T, Object> accessor) {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*(\\.[a-zA-Z][a-zA-Z0-9_]*)*");

    public Field {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a field name is an identifier or a dotted path: " + name);
        }
        name = name.intern();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accessor, "accessor");
    }

    public Object valueOf(T fact) {
        return accessor.apply(fact);
    }
}
