package org.crmkit.rules.process.runtime;

import java.util.Objects;
import java.util.UUID;

/**
 * What a process run is about, by reference: a process never holds the client, deal or claim itself (they are
 * other aggregates), only their kind and id.
 */
public record SubjectRef(Type type, UUID id) {
    /** The kinds of record a process can be run for. */
    public enum Type { CLIENT, DEAL, CLAIM }

    public SubjectRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static SubjectRef client(UUID id) {
        return new SubjectRef(Type.CLIENT, id);
    }

    public static SubjectRef deal(UUID id) {
        return new SubjectRef(Type.DEAL, id);
    }

    public static SubjectRef claim(UUID id) {
        return new SubjectRef(Type.CLAIM, id);
    }
}
