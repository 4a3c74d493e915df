package org.crmkit.rules.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.SupplierInvolvement;

/**
 * How suppliers kept the deadlines they were given on claims, counted apart from the company's own SLA (whose
 * clocks stand still while a claim waits for a supplier). A request is late when it was answered after its due
 * time, or is still open past it; its delay is the wall-clock time past due (up to the answer, or up to
 * {@code asOf}). Requests without a due time are counted but never late.
 */
public final class SupplierDelays {
    private final Instant asOf;
    private final Map<String, Row> bySupplier;
    private final List<Late> late;

    private SupplierDelays(Instant asOf, Map<String, Row> bySupplier, List<Late> late) {
        this.asOf = asOf;
        this.bySupplier = bySupplier;
        this.late = late;
    }

    public static SupplierDelays of(Collection<Claim> claims, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Row> rows = new TreeMap<>();
        List<Late> late = new ArrayList<>();
        for (Claim claim : claims) {
            for (SupplierInvolvement request : claim.supplierInvolvements()) {
                if (request.askedAt().isAfter(asOf)) {
                    continue;
                }
                boolean answered = request.answeredAt() != null && !request.answeredAt().isAfter(asOf);
                Instant until = answered ? request.answeredAt() : asOf;
                Duration delay = request.dueAt() != null && until.isAfter(request.dueAt())
                        ? Duration.between(request.dueAt(), until) : Duration.ZERO;
                Row row = rows.getOrDefault(request.supplier(), Row.empty(request.supplier()));
                rows.put(request.supplier(), row.plus(answered, !delay.isZero(), delay));
                if (!delay.isZero()) {
                    late.add(new Late(claim.id(), request.supplier(), request.dueAt(), answered ? request.answeredAt() : null, delay));
                }
            }
        }
        return new SupplierDelays(asOf, rows, List.copyOf(late));
    }

    public Instant asOf() {
        return asOf;
    }

    /** One row per supplier, by name. */
    public List<Row> rows() {
        return List.copyOf(bySupplier.values());
    }

    public Row of(String supplier) {
        return bySupplier.getOrDefault(supplier, Row.empty(supplier));
    }

    /** Every late request, in the order of the claims given. */
    public List<Late> late() {
        return late;
    }

    /** A supplier's record: requests made, answered, late (answered late or open past due), total delay. */
    public record Row(String supplier, int requests, int answered, int late, Duration totalDelay) {
        static Row empty(String supplier) {
            return new Row(supplier, 0, 0, 0, Duration.ZERO);
        }

        Row plus(boolean wasAnswered, boolean wasLate, Duration delay) {
            return new Row(supplier, requests + 1, answered + (wasAnswered ? 1 : 0), late + (wasLate ? 1 : 0),
                    totalDelay.plus(delay));
        }
    }

    /** One late supplier request; {@code answeredAt} is null while it is still open. */
    public record Late(ClaimId claim, String supplier, Instant due, Instant answeredAt, Duration delay) {
    }
}
