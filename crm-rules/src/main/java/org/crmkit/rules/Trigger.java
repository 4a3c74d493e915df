package org.crmkit.rules;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** When a rule is considered: the rule is SKIPPED for any other {@link Occasion}. */
public sealed interface Trigger {
    /** The wildcard of a stage transition's from/to. */
    String ANY = "any";

    boolean appliesTo(Occasion occasion);

    static Trigger onCreate() {
        return OnCreate.INSTANCE;
    }

    /** On a change of any of the fields; no fields means any change. */
    static Trigger onChange(String... fields) {
        return new OnChange(new TreeSet<>(Set.of(fields)));
    }

    static Trigger onStageTransition(String from, String to) {
        return new OnStageTransition(from, to);
    }

    static Trigger onTimer(String timer) {
        return new OnTimer(timer);
    }

    enum OnCreate implements Trigger {
        INSTANCE;

        @Override
        public boolean appliesTo(Occasion occasion) {
            return occasion instanceof Occasion.Created;
        }

        @Override
        public String toString() {
            return "on create";
        }
    }

    record OnChange(SortedSet<String> fields) implements Trigger {
        public OnChange {
            fields = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(fields));
        }

        @Override
        public boolean appliesTo(Occasion occasion) {
            if (!(occasion instanceof Occasion.Changed changed)) {
                return false;
            }
            if (fields.isEmpty()) {
                return true;
            }
            for (String field : changed.fields()) {
                if (fields.contains(field)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return fields.isEmpty() ? "on any change" : "on change of " + String.join(", ", fields);
        }
    }

    record OnStageTransition(String from, String to) implements Trigger {
        public OnStageTransition {
            Objects.requireNonNull(from, "from (use \"any\")");
            Objects.requireNonNull(to, "to (use \"any\")");
        }

        @Override
        public boolean appliesTo(Occasion occasion) {
            return occasion instanceof Occasion.StageTransition transition
                    && (from.equals(ANY) || from.equals(transition.from()))
                    && (to.equals(ANY) || to.equals(transition.to()));
        }

        @Override
        public String toString() {
            return "on stage transition " + from + " -> " + to;
        }
    }

    record OnTimer(String timer) implements Trigger {
        public OnTimer {
            Objects.requireNonNull(timer, "timer");
        }

        @Override
        public boolean appliesTo(Occasion occasion) {
            return occasion instanceof Occasion.Timer fired && fired.timer().equals(timer);
        }

        @Override
        public String toString() {
            return "on timer " + timer;
        }
    }
}
