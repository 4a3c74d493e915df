package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** The state-machine verifier against a naive oracle that searches from every state separately. */
class TransitionGraphVerifierProperties {

    record Table(int size, int won, int lost, List<Tuple.Tuple2<Integer, Integer>> moves) {
        TransitionGraph<String> graph() {
            TransitionGraph.Builder<String> b = TransitionGraph.<String>builder("random").initial("s0")
                    .terminal("won", "s" + won).terminal("lost", "s" + lost);
            for (int i = 0; i < size; i++) {
                b.states("s" + i);
            }
            moves.forEach(m -> b.transition("s" + m.get1(), "s" + m.get2()));
            return b.build();
        }

        Set<Integer> reach(int from) {
            Set<Integer> seen = new HashSet<>(List.of(from));
            Deque<Integer> todo = new ArrayDeque<>(seen);
            while (!todo.isEmpty()) {
                int v = todo.pop();
                moves.stream().filter(m -> m.get1() == v).map(Tuple.Tuple2::get2).filter(seen::add).forEach(todo::push);
            }
            return seen;
        }

        boolean soundByOracle() {
            if (!reach(0).containsAll(all())) {
                return false;
            }
            for (int v = 0; v < size; v++) {
                if (v != won && v != lost && !(reach(v).contains(won) && reach(v).contains(lost))) {
                    return false;
                }
            }
            return true;
        }

        private Set<Integer> all() {
            Set<Integer> states = new HashSet<>();
            for (int i = 0; i < size; i++) {
                states.add(i);
            }
            return states;
        }
    }

    @Provide
    Arbitrary<Table> tables() {
        return Arbitraries.integers().between(3, 10).flatMap(n -> {
            Arbitrary<Tuple.Tuple2<Integer, Integer>> move = Combinators.combine(
                    Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, n - 1)).as(Tuple::of);
            // Purely random tables are rarely sound; "closing" moves from every state make sound ones common.
            return Combinators.combine(Arbitraries.integers().between(1, n - 1), Arbitraries.integers().between(1, n - 1),
                    move.list().ofMaxSize(3 * n), Arbitraries.integers().between(0, 2))
                    .filter((won, lost, moves, closing) -> !won.equals(lost))
                    .as((won, lost, moves, closing) -> new Table(n, won, lost, withClosing(n, won, lost, moves, closing)));
        });
    }

    private static List<Tuple.Tuple2<Integer, Integer>> withClosing(int n, int won, int lost,
                                                                   List<Tuple.Tuple2<Integer, Integer>> moves, int closing) {
        List<Tuple.Tuple2<Integer, Integer>> all = new ArrayList<>(moves);
        for (int v = 0; v < n && closing > 0; v++) {
            all.add(Tuple.of(v, lost));
            if (closing > 1) {
                all.add(Tuple.of(v, won));
            }
        }
        return all;
    }

    @Property(tries = 1000)
    void the_verifier_passes_exactly_the_tables_the_oracle_passes(@ForAll("tables") Table table) {
        VerificationReport report = TransitionGraphVerifier.verify(table.graph());

        assertThat(report.isSound()).as(report.toString()).isEqualTo(table.soundByOracle());
        Statistics.label("sound").collect(table.soundByOracle());
        Statistics.label("sound").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 500)
    void every_open_state_that_cannot_finish_both_ways_is_named_or_leads_into_a_named_trap(@ForAll("tables") Table table) {
        VerificationReport report = TransitionGraphVerifier.verify(table.graph());
        Set<String> named = new HashSet<>();
        report.findings().forEach(f -> named.addAll(f.nodes()));
        List<String> missed = new ArrayList<>();
        for (int v = 0; v < table.size(); v++) {
            boolean stuck = v != table.won() && v != table.lost()
                    && !(table.reach(v).contains(table.won()) && table.reach(v).contains(table.lost()));
            boolean trapNamed = table.reach(v).stream().anyMatch(w -> named.contains("s" + w));
            if (stuck && !trapNamed) {
                missed.add("s" + v);
            }
        }
        assertThat(missed).as(report.toString()).isEmpty();
    }
}
