package org.crmkit.core.claim;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to a supplier whose goods or work the claim is about, and the supplier's answer once it came.
 *
 * @param dueAt      when the supplier promised or was asked to answer; null when nothing was agreed
 * @param answeredAt null while the request is open
 * @param answer     null while the request is open
 */
public record SupplierInvolvement(String supplier, String request, Instant askedAt, Instant dueAt,
                                  Instant answeredAt, String answer) {
    public SupplierInvolvement {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(askedAt, "askedAt");
        if ((answeredAt == null) != (answer == null)) {
            throw new IllegalArgumentException("an answer and its time come together");
        }
    }

    static SupplierInvolvement asked(String supplier, String request, Instant askedAt, Instant dueAt) {
        return new SupplierInvolvement(supplier, request, askedAt, dueAt, null, null);
    }

    SupplierInvolvement answered(String answer, Instant at) {
        return new SupplierInvolvement(supplier, request, askedAt, dueAt, at, answer);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }
}
