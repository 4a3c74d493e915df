package org.crmkit.rules.process.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a state machine (a deal pipeline, claim or task statuses) the way {@link ProcessVerifier} checks a
 * process, terminal states playing the ends: every state reachable from the initial one ({@code UNREACHABLE}),
 * no open state without a way on ({@code DEAD_END}) or caught in a cycle without exit ({@code CLOSED_CYCLE}),
 * and from every open state each terminal class reachable ({@code TERMINAL_UNREACHABLE}: a deal that can
 * still be won must also be losable, and the other way round). Undeclared states named by the table are
 * {@code UNKNOWN_STATE}; a missing or empty terminal class is {@code NO_END}. Each finding carries the run
 * from the initial state that reaches the state concerned. O(C·(V+E)) for C terminal classes.
 */
public final class TransitionGraphVerifier {
    private TransitionGraphVerifier() {
    }

    public static <S> VerificationReport verify(TransitionGraph<S> table) {
        return new Run<>(table).verify();
    }

    private static final class Run<S> {
        private final TransitionGraph<S> table;
        private final List<Finding> out = new ArrayList<>();
        private final List<S> states;
        private final Map<S, Integer> index = new HashMap<>();

        Run(TransitionGraph<S> table) {
            this.table = table;
            this.states = table.states();
            for (int v = 0; v < states.size(); v++) {
                index.put(states.get(v), v);
            }
        }

        VerificationReport verify() {
            reportUnknownStates();
            IndexedGraph graph = graph();
            int n = states.size();
            boolean[] terminal = new boolean[n];
            List<String> classes = new ArrayList<>(table.terminalClasses().keySet());
            List<boolean[]> reaches = new ArrayList<>();
            IndexedGraph back = graph.reversed();
            for (String c : classes) {
                int[] members = known(table.terminalClasses().get(c));
                if (members.length == 0) {
                    add(FindingCode.NO_END, "no state ends the " + c + " way", "нет конечного состояния «" + c + "»", List.of(), List.of());
                }
                for (int v : members) {
                    terminal[v] = true;
                }
                Paths toClass = Paths.from(back, members);
                boolean[] can = new boolean[n];
                for (int v = 0; v < n; v++) {
                    can[v] = toClass.reached(v);
                }
                reaches.add(can);
            }
            if (classes.isEmpty()) {
                add(FindingCode.NO_END, table.name() + " has no terminal states", "в " + table.name() + " нет конечных состояний", List.of(), List.of());
            }
            Integer initial = index.get(table.initial());
            Paths fromInitial = Paths.from(graph, initial == null ? new int[0] : new int[] {initial});
            if (initial != null) {
                for (int v = 0; v < n; v++) {
                    if (!fromInitial.reached(v)) {
                        add(FindingCode.UNREACHABLE, "state " + id(v) + " cannot be reached from " + table.initial(),
                                "состояние " + id(v) + " недостижимо из " + table.initial(), List.of(id(v)), List.of());
                    }
                }
            }
            boolean[] trapped = reportTraps(graph, terminal, fromInitial);
            for (int v = 0; v < n; v++) {
                if (terminal[v] || trapped[v]) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                for (int c = 0; c < classes.size(); c++) {
                    if (!reaches.get(c)[v]) {
                        missing.add(classes.get(c));
                    }
                }
                if (!missing.isEmpty()) {
                    add(FindingCode.TERMINAL_UNREACHABLE, "from state " + id(v) + " the process can never end as " + missing,
                            "из состояния " + id(v) + " нельзя прийти к исходу " + missing, List.of(id(v)), ids(fromInitial.to(v)));
                }
            }
            return new VerificationReport("state machine " + table.name(), out);
        }

        private boolean[] reportTraps(IndexedGraph graph, boolean[] terminal, Paths fromInitial) {
            boolean[] trapped = new boolean[states.size()];
            for (Traps.Trap trap : Traps.find(graph, terminal, fromInitial)) {
                trap.members().forEach(v -> trapped[v] = true);
                List<String> members = ids(trap.members());
                if (trap.cycle()) {
                    add(FindingCode.CLOSED_CYCLE, "states " + members + " lead only to each other: a record entering them never closes",
                            "состояния " + members + " ведут только друг в друга: запись из них не выйдет", members, ids(trap.path()));
                } else {
                    add(FindingCode.DEAD_END, "state " + members.get(0) + " is open but allows no transition",
                            "состояние " + members.get(0) + " не конечное, но из него нет переходов", members, ids(trap.path()));
                }
            }
            return trapped;
        }

        private void reportUnknownStates() {
            Set<S> unknown = new LinkedHashSet<>();
            unknown.add(table.initial());
            table.terminalClasses().values().forEach(unknown::addAll);
            table.transitions().forEach((from, to) -> {
                unknown.add(from);
                unknown.addAll(to);
            });
            unknown.removeAll(index.keySet());
            for (S s : unknown) {
                String id = String.valueOf(s);
                add(FindingCode.UNKNOWN_STATE, "state " + id + " is used but not declared", "состояние " + id + " используется, но не объявлено",
                        List.of(id), List.of());
            }
        }

        private IndexedGraph graph() {
            List<int[]> edges = new ArrayList<>();
            table.transitions().forEach((from, targets) -> {
                Integer f = index.get(from);
                for (S to : targets) {
                    Integer t = index.get(to);
                    if (f != null && t != null) {
                        edges.add(new int[] {f, t});
                    }
                }
            });
            // Declaration order of the states, not the iteration order of the caller's map, fixes the edge order.
            edges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            int[] from = new int[edges.size()];
            int[] to = new int[edges.size()];
            for (int i = 0; i < edges.size(); i++) {
                from[i] = edges.get(i)[0];
                to[i] = edges.get(i)[1];
            }
            return IndexedGraph.of(states.size(), from, to, edges.size());
        }

        private int[] known(Set<S> subset) {
            return subset.stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }

        private String id(int v) {
            return String.valueOf(states.get(v));
        }

        private List<String> ids(List<Integer> vertices) {
            return vertices.stream().map(this::id).toList();
        }

        private void add(FindingCode code, String en, String ru, List<String> nodes, List<String> path) {
            out.add(new Finding(code, en, ru, nodes, path, List.of()));
        }
    }
}
