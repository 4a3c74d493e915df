package org.crmkit.rules.process.verify;

import java.util.List;
import java.util.Objects;

/**
 * One defect or piece of advice.
 *
 * @param nodes          the node (or state) ids concerned, e.g. the dead end, or every member of a closed cycle
 * @param path           a counterexample: the ids along a run from the start that exhibits the defect (for a closed
 *                       cycle, on into the cycle and once around it); empty where no such run exists (an
 *                       unreachable node) or none applies (a missing start)
 * @param referenceChain for subprocess defects, the process keys from this process along the references (a
 *                       recursion ends with the key that repeats); empty otherwise
 */
public record Finding(FindingCode code, String messageEn, String messageRu, List<String> nodes, List<String> path,
                      List<String> referenceChain) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageRu, "messageRu");
        nodes = List.copyOf(nodes);
        path = List.copyOf(path);
        referenceChain = List.copyOf(referenceChain);
    }

    public Severity severity() {
        return code.severity();
    }

    @Override
    public String toString() {
        return code.code() + " " + nodes + ": " + messageEn + (path.isEmpty() ? "" : " (path " + String.join(" -> ", path) + ")");
    }
}
