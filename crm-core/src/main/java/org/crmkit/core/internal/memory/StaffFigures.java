package org.crmkit.core.internal.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.Scorecard;
import org.crmkit.core.analytics.StaffKpis;
import org.crmkit.core.analytics.StaffQuery;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.Money;
import org.crmkit.core.task.Task;

/** Scorecards per employee and department, with the definitions of {@link Scorecard}. */
final class StaffFigures {
    private StaffFigures() {
    }

    static StaffKpis compute(List<Task> tasks, List<Deal> deals, List<Claim> claims, StaffQuery q, KpiDirectory dir) {
        Map<String, Card> byEmployee = new LinkedHashMap<>();
        Map<String, Card> byDepartment = new LinkedHashMap<>();
        Function<Accountable, Card[]> cards = r -> new Card[] {
                byEmployee.computeIfAbsent(r.owner().toString(), k -> new Card(k, dir.employee(r.owner()), q)),
                byDepartment.computeIfAbsent(r.department().toString(),
                        k -> new Card(k, dir.department(r.department()), q))};
        for (Task t : tasks) {
            if (!q.scope().tasks().admits(ProtectedRecords.of(t))) {
                continue;
            }
            Optional<Instant> done = KpiFacts.completedAt(t);
            if (done.isPresent() && t.due().isPresent() && q.period().contains(done.get())) {
                boolean onTime = !done.get().isAfter(t.due().get());
                for (Card c : cards.apply(t)) {
                    c.tasksWithDue++;
                    c.tasksOnTime += onTime ? 1 : 0;
                }
            }
            if (t.isOverdueAt(q.asOf())) {
                for (Card c : cards.apply(t)) {
                    c.overdue++;
                }
            }
        }
        for (Deal d : deals) {
            if (d.isOpen() || !q.scope().deals().admits(ProtectedRecords.of(d))
                    || !q.period().contains(d.closedAt().orElseThrow())) {
                continue;
            }
            for (Card c : cards.apply(d)) {
                c.addDeal(d);
            }
        }
        for (Claim claim : claims) {
            Optional<Instant> resolved = ServiceFigures.resolvedAt(claim);
            if (resolved.isPresent() && q.period().contains(resolved.get())
                    && q.scope().claims().admits(ProtectedRecords.of(claim))) {
                for (Card c : cards.apply(claim)) {
                    c.claimsResolved++;
                }
            }
        }
        return new StaffKpis(sorted(byEmployee), sorted(byDepartment));
    }

    private static List<Scorecard> sorted(Map<String, Card> cards) {
        return cards.values().stream().map(Card::scorecard)
                .sorted(Comparator.comparing(Scorecard::revenue).reversed().thenComparing(Scorecard::name))
                .toList();
    }

    private static final class Card {
        final String key;
        final String name;
        final StaffQuery q;
        long tasksWithDue;
        long tasksOnTime;
        long overdue;
        long won;
        long lost;
        Money revenue;
        long claimsResolved;

        Card(String key, String name, StaffQuery q) {
            this.key = key;
            this.name = name;
            this.q = q;
            this.revenue = Money.zero(q.currency());
        }

        void addDeal(Deal d) {
            switch (d.status()) {
                case WON -> {
                    won++;
                    d.amount().filter(a -> a.currency().equals(q.currency())).ifPresent(a -> revenue = revenue.plus(a));
                }
                case LOST -> lost++;
                default -> { }
            }
        }

        Scorecard scorecard() {
            return new Scorecard(key, name, Ratio.of(tasksOnTime, tasksWithDue), overdue, won, lost, revenue,
                    Ratio.of(won, won + lost), claimsResolved);
        }
    }
}
