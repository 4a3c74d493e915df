package org.crmkit.rules.process.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessKey;
import org.crmkit.rules.process.ProcessNode;

/**
 * Subprocess references that never bottom out: following them from a subprocess node comes back to a process
 * already being run. Each reference of the verified process is followed depth-first through the catalog;
 * processes proven free of recursion are remembered, so each is explored once unless it sits on a cycle.
 */
final class SubprocessRecursion {
    private final ProcessDefinition root;
    private final ProcessCatalog catalog;
    private final Set<ProcessKey> clean = new HashSet<>();

    private SubprocessRecursion(ProcessDefinition root, ProcessCatalog catalog) {
        this.root = root;
        this.catalog = catalog;
    }

    static void check(ProcessGraph p, ProcessCatalog catalog, List<Finding> out) {
        SubprocessRecursion search = new SubprocessRecursion(p.definition, catalog);
        for (int v = 0; v < p.nodes.size(); v++) {
            if (p.nodes.get(v) instanceof ProcessNode.Subprocess sub) {
                Deque<ProcessKey> running = new ArrayDeque<>(List.of(p.definition.key()));
                Optional<List<ProcessKey>> chain = search.recursionThrough(sub.process(), running);
                if (chain.isPresent()) {
                    List<String> keys = new ArrayList<>();
                    keys.add(p.definition.key().value());
                    chain.get().forEach(k -> keys.add(k.value()));
                    String id = sub.id().value();
                    String shown = String.join(" -> ", keys);
                    out.add(new Finding(FindingCode.SUBPROCESS_RECURSIVE,
                            "subprocess " + id + " never bottoms out: " + shown,
                            "подпроцесс " + id + " вызывает сам себя: " + shown, List.of(id), p.pathTo(v), keys));
                }
            }
        }
    }

    /** The keys from {@code key} to the first one already running, or empty if every branch ends. */
    private Optional<List<ProcessKey>> recursionThrough(ProcessKey key, Deque<ProcessKey> running) {
        if (running.contains(key)) {
            return Optional.of(List.of(key));
        }
        if (clean.contains(key)) {
            return Optional.empty();
        }
        Optional<ProcessDefinition> definition = key.equals(root.key()) ? Optional.of(root) : catalog.find(key);
        if (definition.isEmpty()) {
            return Optional.empty(); // unresolved: reported where it is referenced directly
        }
        running.push(key);
        try {
            for (ProcessKey next : references(definition.get())) {
                Optional<List<ProcessKey>> rest = recursionThrough(next, running);
                if (rest.isPresent()) {
                    List<ProcessKey> chain = new ArrayList<>();
                    chain.add(key);
                    chain.addAll(rest.get());
                    return Optional.of(chain);
                }
            }
        } finally {
            running.pop();
        }
        clean.add(key);
        return Optional.empty();
    }

    private static Set<ProcessKey> references(ProcessDefinition definition) {
        Set<ProcessKey> keys = new LinkedHashSet<>();
        for (ProcessNode node : definition.nodesOf(NodeKind.SUBPROCESS)) {
            keys.add(((ProcessNode.Subprocess) node).process());
        }
        return keys;
    }
}
