package org.crmkit.rules.process.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.ProcessNode;

/**
 * Advice on steps that add nothing and processes too big to read.
 * <ul>
 * <li>A step <em>without effect</em> has neither an effect description nor outputs: nobody can say what would
 * be lost by removing it.</li>
 * <li>A step B <em>duplicates</em> a step A when both have the same name, responsible role and effect, and A
 * dominates B: every path from the start to B has already passed through A. B then redoes work that is
 * certain to have been done; remove it, or route the flow back to A if the repetition is a deliberate rework
 * loop. Only the nearest such A is named.</li>
 * <li>A process with more steps than the threshold is advised to be split into subprocesses.</li>
 * </ul>
 */
final class RedundancyChecks {
    private record Signature(String name, Optional<RoleName> role, Effect effect) {
    }

    private RedundancyChecks() {
    }

    static void check(ProcessGraph p, VerifierSettings settings, List<Finding> out) {
        for (int v = 0; v < p.nodes.size(); v++) {
            if (p.nodes.get(v) instanceof ProcessNode.Step step && step.effect().isNone()) {
                String id = step.id().value();
                out.add(new Finding(FindingCode.STEP_WITHOUT_EFFECT,
                        "step " + id + " (" + step.name() + ") has no effect or outputs: is it needed?",
                        "у шага " + id + " («" + step.name() + "») нет результата: нужен ли он?",
                        List.of(id), p.pathTo(v), List.of()));
            }
        }
        if (p.starts.length == 1) {
            duplicates(p, out);
        }
        int steps = p.definition.steps().size();
        if (steps > settings.splitThreshold()) {
            String key = p.definition.key().value();
            out.add(new Finding(FindingCode.PROCESS_TOO_LARGE,
                    "process " + key + " has " + steps + " steps, more than " + settings.splitThreshold()
                            + ": split it into subprocesses",
                    "в процессе " + key + " " + steps + " шагов, больше " + settings.splitThreshold()
                            + ": разбейте его на подпроцессы",
                    List.of(), List.of(), List.of()));
        }
    }

    /** Walks the dominator tree depth-first, keeping the steps on the way down by signature. */
    private static void duplicates(ProcessGraph p, List<Finding> out) {
        int root = p.starts[0];
        Dominators dominators = Dominators.of(p.graph, root);
        int n = p.graph.size();
        int[] from = new int[n];
        int[] to = new int[n];
        int edges = 0;
        for (int v = 0; v < n; v++) {
            int d = dominators.immediateDominator(v);
            if (d != -1 && v != root) {
                from[edges] = d;
                to[edges++] = v;
            }
        }
        IndexedGraph tree = IndexedGraph.of(n, from, to, edges);
        Map<Signature, Deque<Integer>> above = new HashMap<>();
        int[] stack = new int[n];
        int[] nextEdge = new int[n];
        int top = 0;
        stack[top++] = root;
        nextEdge[root] = tree.firstEdge(root);
        while (top > 0) {
            int v = stack[top - 1];
            if (nextEdge[v] == tree.firstEdge(v)) { // first time on top of the stack
                enter(p, v, above, out);
            }
            if (nextEdge[v] < tree.endEdge(v)) {
                int w = tree.target(nextEdge[v]++);
                nextEdge[w] = tree.firstEdge(w);
                stack[top++] = w;
                continue;
            }
            leave(p, v, above);
            top--;
        }
    }

    private static void enter(ProcessGraph p, int v, Map<Signature, Deque<Integer>> above, List<Finding> out) {
        if (!(p.nodes.get(v) instanceof ProcessNode.Step step)) {
            return;
        }
        Deque<Integer> same = above.computeIfAbsent(signature(step), s -> new ArrayDeque<>());
        if (!same.isEmpty()) {
            String a = p.id(same.peek());
            String b = step.id().value();
            out.add(new Finding(FindingCode.DUPLICATE_STEP,
                    "step " + b + " repeats step " + a + " (" + step.name() + ", same role and effect), which every path to it has passed: remove it or route back to " + a,
                    "шаг " + b + " повторяет шаг " + a + " («" + step.name() + "», та же роль и результат), через который проходит любой путь к нему: уберите его или верните поток к " + a,
                    List.of(a, b), p.pathTo(v), List.of()));
        }
        same.push(v);
    }

    private static void leave(ProcessGraph p, int v, Map<Signature, Deque<Integer>> above) {
        if (p.nodes.get(v) instanceof ProcessNode.Step step) {
            above.get(signature(step)).pop();
        }
    }

    private static Signature signature(ProcessNode.Step step) {
        return new Signature(step.name(), step.responsible(), step.effect());
    }
}
