package org.crmkit.core.shared;

/** The record named by a command does not exist (or the session may not know that it does). */
public final class RecordNotFound extends DomainException {
    public RecordNotFound(String aggregate, Object id) {
        super("record.not-found", aggregate + " " + id + " not found", aggregate + " " + id + " не найден");
    }
}
