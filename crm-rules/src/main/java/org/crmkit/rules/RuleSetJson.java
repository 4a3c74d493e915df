package org.crmkit.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule sets as JSON (the format is described in RULES-FORMAT.md). Reading checks the document against the fact
 * schema and reports every problem, with its JSON path, in one {@link RuleLoadException}. No script is ever
 * evaluated: the condition language is closed.
 */
public final class RuleSetJson {
    private RuleSetJson() {
    }

    public static <T> RuleSet<T> read(String json, FactSchema<T> schema) {
        return reader(schema).read(json);
    }

    public static <T> Reader<T> reader(FactSchema<T> schema) {
        return new Reader<>(schema);
    }

    /** The canonical JSON of a rule set (what its hash is taken over); reading it gives the same set. */
    public static String write(RuleSet<?> ruleSet) {
        return ruleSet.prettyCanonicalForm();
    }

    public static final class Reader<T> {
        private final FactSchema<T> schema;
        private final Map<String, Object> params = new LinkedHashMap<>();
        private final List<RuleContributor> contributors = new ArrayList<>();

        private Reader(FactSchema<T> schema) {
            this.schema = schema;
        }

        /** Supplies a parameter; it replaces a value the document declares. */
        public Reader<T> param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        /** Java contributors applied after the document's own contributions. */
        public Reader<T> contribute(RuleContributor... contributors) {
            this.contributors.addAll(List.of(contributors));
            return this;
        }

        public RuleSet<T> read(String json) {
            RuleSetBuilder<T> builder = new JsonRuleSetReader<>(schema).read(json);
            params.forEach(builder::param);
            contributors.forEach(builder::contribute);
            return builder.build();
        }
    }
}
