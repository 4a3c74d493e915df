package org.crmkit.rules.process.verify;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An allowed-transitions table to be verified: the states, the initial state, the terminal states grouped
 * into classes (for a deal pipeline {@code won} and {@code lost}; for a claim {@code resolved} and
 * {@code rejected}) and the transitions. States are any values with equals/hashCode; they are reported by
 * their {@code toString()}. Order of declaration is kept so that reports are deterministic; the table may
 * name undeclared states, which the verifier reports rather than this class refusing them.
 *
 * @param <S> the state type (a stage key, a status enum, a string)
 */
public final class TransitionGraph<S> {
    private final String name;
    private final List<S> states;
    private final S initial;
    private final Map<String, Set<S>> terminalClasses;
    private final Map<S, List<S>> transitions;

    private TransitionGraph(Builder<S> b) {
        this.name = b.name;
        this.states = List.copyOf(b.states);
        this.initial = Objects.requireNonNull(b.initial, "initial state");
        Map<String, Set<S>> classes = new LinkedHashMap<>();
        b.terminalClasses.forEach((k, v) -> classes.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.terminalClasses = Collections.unmodifiableMap(classes);
        Map<S, List<S>> moves = new LinkedHashMap<>();
        b.transitions.forEach((k, v) -> moves.put(k, List.copyOf(v)));
        this.transitions = Collections.unmodifiableMap(moves);
    }

    public static <S> Builder<S> builder(String name) {
        return new Builder<>(name);
    }

    public String name() {
        return name;
    }

    public List<S> states() {
        return states;
    }

    public S initial() {
        return initial;
    }

    public Map<String, Set<S>> terminalClasses() {
        return terminalClasses;
    }

    public Map<S, List<S>> transitions() {
        return transitions;
    }

    /** Collects a table; {@link #build()} needs at least an initial state. */
    public static final class Builder<S> {
        private final String name;
        private final Set<S> states = new LinkedHashSet<>();
        private S initial;
        private final Map<String, Set<S>> terminalClasses = new LinkedHashMap<>();
        private final Map<S, Set<S>> transitions = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @SafeVarargs
        public final Builder<S> states(S... states) {
            for (S state : states) {
                this.states.add(Objects.requireNonNull(state, "state"));
            }
            return this;
        }

        public Builder<S> initial(S state) {
            this.initial = Objects.requireNonNull(state, "initial");
            return this;
        }

        /** Declares the terminal states of one class, e.g. {@code terminal("lost", LOST, CANCELLED)}. */
        @SafeVarargs
        public final Builder<S> terminal(String terminalClass, S... states) {
            Set<S> members = terminalClasses.computeIfAbsent(terminalClass, c -> new LinkedHashSet<>());
            for (S state : states) {
                members.add(Objects.requireNonNull(state, "state"));
            }
            return this;
        }

        @SafeVarargs
        public final Builder<S> transition(S from, S... to) {
            Set<S> targets = transitions.computeIfAbsent(Objects.requireNonNull(from, "from"), f -> new LinkedHashSet<>());
            for (S state : to) {
                targets.add(Objects.requireNonNull(state, "to"));
            }
            return this;
        }

        public Builder<S> transitions(S from, Collection<S> to) {
            transitions.computeIfAbsent(Objects.requireNonNull(from, "from"), f -> new LinkedHashSet<>())
                    .addAll(List.copyOf(to));
            return this;
        }

        public Builder<S> transitions(Map<S, ? extends Collection<S>> table) {
            table.forEach(this::transitions);
            return this;
        }

        public TransitionGraph<S> build() {
            return new TransitionGraph<>(this);
        }
    }
}
