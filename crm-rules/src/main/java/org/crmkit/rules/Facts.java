package org.crmkit.rules;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Facts held in a map, for rules that run on data rather than on an aggregate (benchmarks, JSON round-trips,
 * an import preview). A dotted name is looked up as a key first, then as a path through nested maps.
 */
public final class Facts {
    private static final Pattern DOT = Pattern.compile("\\.");
    private final Map<String, ?> values;

    private Facts(Map<String, ?> values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    public static Facts of(Map<String, ?> values) {
        return new Facts(values);
    }

    public Object get(String name) {
        Object flat = values.get(name);
        if (flat != null || name.indexOf('.') < 0) {
            return flat;
        }
        Object current = values;
        for (String part : DOT.split(name)) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    public Map<String, ?> asMap() {
        return values;
    }

    /** A schema over maps: declare each field's type; the accessor is the lookup by name. */
    public static SchemaBuilder schema(String name) {
        return new SchemaBuilder(name);
    }

    @Override
    public String toString() {
        return "Facts" + values;
    }

    public static final class SchemaBuilder {
        private final FactSchema.Builder<Facts> builder;

        private SchemaBuilder(String name) {
            this.builder = FactSchema.builder(name, Facts.class);
        }

        public SchemaBuilder field(String name, FactType type) {
            switch (type.kind()) {
                case NUMBER -> builder.number(name, facts -> (Number) facts.get(name));
                case ENUM -> builder.field(name, type, facts -> {
                    Object value = facts.get(name);
                    return value instanceof Enum<?> constant ? constant.name() : value;
                });
                default -> builder.field(name, type, facts -> facts.get(name));
            }
            return this;
        }

        public SchemaBuilder string(String name) {
            return field(name, FactType.STRING);
        }

        public SchemaBuilder number(String name) {
            return field(name, FactType.NUMBER);
        }

        public SchemaBuilder money(String name) {
            return field(name, FactType.MONEY);
        }

        public SchemaBuilder bool(String name) {
            return field(name, FactType.BOOLEAN);
        }

        public SchemaBuilder date(String name) {
            return field(name, FactType.DATE);
        }

        public SchemaBuilder instant(String name) {
            return field(name, FactType.INSTANT);
        }

        public SchemaBuilder enumeration(String name, String... allowed) {
            return field(name, FactType.enumOf(allowed));
        }

        public SchemaBuilder list(String name, FactType element) {
            return field(name, FactType.listOf(element));
        }

        public FactSchema<Facts> build() {
            return builder.build();
        }
    }
}
