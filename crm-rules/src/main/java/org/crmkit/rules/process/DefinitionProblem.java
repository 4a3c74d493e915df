package org.crmkit.rules.process;

import java.util.Objects;

/**
 * One reason a process definition cannot even be built: it does not form a well-defined graph. Soundness
 * problems (dead ends, missing otherwise branches...) are not these: they are found by the verifier.
 *
 * @param place where the problem is, so that a loader can point at the JSON that caused it
 */
public record DefinitionProblem(String code, String messageEn, String messageRu, Place place) {
    public DefinitionProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageRu, "messageRu");
        Objects.requireNonNull(place, "place");
    }

    /** Where in a definition a problem lies. */
    public sealed interface Place {
        /** A top-level attribute such as {@code goal}. */
        record Attribute(String name) implements Place {
        }

        /** The node declared under this id (the first one, for duplicates: the later one is at {@code index}). */
        record Node(NodeId id, int index) implements Place {
        }

        /** The flow at this position in declaration order. */
        record FlowAt(int index) implements Place {
        }
    }
}
