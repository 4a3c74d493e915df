package org.crmkit.core.internal.memory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.crmkit.core.analytics.CategoryRow;
import org.crmkit.core.analytics.DurationStats;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.ServiceKpis;
import org.crmkit.core.analytics.ServiceQuery;
import org.crmkit.core.analytics.SupplierDelays;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.SupplierInvolvement;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.internal.ProtectedRecords;

/** The service KPIs computed over claims in memory, with the definitions of {@link ServiceKpis}. */
final class ServiceFigures {
    private ServiceFigures() {
    }

    static ServiceKpis compute(List<Claim> all, ServiceQuery q) {
        List<Claim> claims = all.stream()
                .filter(c -> q.scope().claims().admits(ProtectedRecords.of(c)))
                .filter(c -> q.period().contains(c.registeredAt()))
                .toList();
        List<Duration> firstResponse = new ArrayList<>();
        List<Duration> resolution = new ArrayList<>();
        long resolvedWithDeadline = 0;
        long resolvedInTime = 0;
        long finished = 0;
        long reopened = 0;
        long open = 0;
        long rated = 0;
        long scoreSum = 0;
        for (Claim c : claims) {
            if (c.isOpen()) {
                open++;
            }
            c.firstRespondedAt().ifPresent(at -> firstResponse.add(q.elapsed().apply(c.registeredAt(), at)));
            Optional<Instant> resolvedAt = resolvedAt(c);
            if (resolvedAt.isPresent()) {
                resolution.add(q.elapsed().apply(c.registeredAt(), resolvedAt.get()));
                if (c.resolutionDeadline().isPresent()) {
                    resolvedWithDeadline++;
                    if (!resolvedAt.get().isAfter(c.resolutionDeadline().get())) {
                        resolvedInTime++;
                    }
                }
            }
            if (KpiFacts.finished(c)) {
                finished++;
                if (c.reopenCount() > 0) {
                    reopened++;
                }
            }
            if (c.satisfaction().isPresent()) {
                rated++;
                scoreSum += c.satisfaction().get();
            }
        }
        Optional<BigDecimal> satisfaction = rated == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_EVEN));
        return new ServiceKpis(claims.size(), open,
                rows(claims, c -> c.category().value()),
                rows(claims, c -> c.channel().name().toLowerCase(java.util.Locale.ROOT)),
                rows(claims, c -> c.severity().name().toLowerCase(java.util.Locale.ROOT)),
                DurationStats.of(firstResponse), DurationStats.of(resolution),
                Ratio.of(resolvedInTime, resolvedWithDeadline), Ratio.of(reopened, finished),
                supplierDelays(claims, q), satisfaction, rated);
    }

    /** The claim's resolution moment, as {@link KpiFacts#resolvedAt} defines it. */
    static Optional<Instant> resolvedAt(Claim c) {
        return KpiFacts.resolvedAt(c);
    }

    private static List<CategoryRow> rows(List<Claim> claims, Function<Claim, String> key) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Claim c : claims) {
            long[] n = counts.computeIfAbsent(key.apply(c), k -> new long[3]);
            n[0]++;
            Optional<Instant> resolvedAt = resolvedAt(c);
            if (resolvedAt.isPresent() && c.resolutionDeadline().isPresent()) {
                n[2]++;
                if (!resolvedAt.get().isAfter(c.resolutionDeadline().get())) {
                    n[1]++;
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new CategoryRow(e.getKey(), e.getValue()[0], Ratio.of(e.getValue()[1], e.getValue()[2])))
                .sorted(Comparator.comparingLong(CategoryRow::claims).reversed().thenComparing(CategoryRow::key))
                .toList();
    }

    private static SupplierDelays supplierDelays(List<Claim> claims, ServiceQuery q) {
        long withDue = 0;
        long late = 0;
        Map<String, Long> lateBy = new TreeMap<>();
        List<Duration> delays = new ArrayList<>();
        for (Claim c : claims) {
            for (SupplierInvolvement s : c.supplierInvolvements()) {
                if (s.dueAt() == null) {
                    continue;
                }
                withDue++;
                Instant answered = s.answeredAt() == null ? q.asOf() : s.answeredAt();
                if (answered.isAfter(s.dueAt())) {
                    late++;
                    lateBy.merge(s.supplier(), 1L, Long::sum);
                    delays.add(Duration.between(s.dueAt(), answered));
                }
            }
        }
        return new SupplierDelays(Ratio.of(late, withDue), lateBy, DurationStats.of(delays));
    }
}
