package org.crmkit.core.internal.memory;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.crmkit.core.analytics.DealLabels;
import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.DurationStats;
import org.crmkit.core.analytics.FunnelStep;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.SalesKpis;
import org.crmkit.core.analytics.SalesQuery;
import org.crmkit.core.analytics.SliceRow;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.Clients;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.Pipelines;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageChange;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.KpiFacts;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.Money;

/** The sales KPIs computed over deals in memory, with the definitions of {@link SalesKpis}. */
final class SalesFigures {
    static final String OPEN_MONTH = "open";
    static final String NONE = "(none)";

    private final Pipelines pipelines;
    private final Clients clients;
    private final DealLabels labels;

    SalesFigures(Pipelines pipelines, Clients clients, DealLabels labels) {
        this.pipelines = pipelines;
        this.clients = clients;
        this.labels = labels;
    }

    /** The deals that count for the query (access, then the period rule of {@link SalesKpis}). */
    static List<Deal> counted(List<Deal> all, SalesQuery q) {
        return all.stream()
                .filter(d -> q.scope().deals().admits(ProtectedRecords.of(d)))
                .filter(d -> q.period().endsAfter(d.openedAt()))
                .filter(d -> d.isOpen() || q.period().contains(d.closedAt().orElseThrow()))
                .toList();
    }

    SalesKpis compute(List<Deal> all, SalesQuery q, KpiDirectory directory) {
        List<Deal> deals = counted(all, q);
        Tally total = new Tally(q);
        MoneySums wonAmounts = new MoneySums(q.currency());
        Money pipeline = Money.zero(q.currency());
        Money weighted = Money.zero(q.currency());
        List<Duration> wonCycle = new ArrayList<>();
        List<Duration> lostCycle = new ArrayList<>();
        long otherCurrency = 0;
        for (Deal d : deals) {
            total.add(d);
            boolean sameCurrency = d.amount().map(a -> a.currency().equals(q.currency())).orElse(false);
            if (d.amount().isPresent() && !sameCurrency) {
                otherCurrency++;
            }
            switch (d.status()) {
                case OPEN -> {
                    if (sameCurrency) {
                        pipeline = pipeline.plus(d.amount().orElseThrow());
                        weighted = weighted.plus(d.weightedAmount().orElseThrow());
                    }
                }
                case WON -> {
                    if (sameCurrency) {
                        wonAmounts.add(d.amount().orElseThrow());
                    }
                    wonCycle.add(Duration.between(d.openedAt(), d.closedAt().orElseThrow()));
                }
                case LOST -> lostCycle.add(Duration.between(d.openedAt(), d.closedAt().orElseThrow()));
            }
        }
        return new SalesKpis(deals.size(), total.won, total.lost, total.open, pipeline, weighted, total.winRate(),
                wonAmounts.total(), wonAmounts.count(), wonAmounts.average(), wonAmounts.median(),
                DurationStats.of(wonCycle), DurationStats.of(lostCycle), funnel(deals, q), slices(deals, q, directory),
                otherCurrency);
    }

    private List<FunnelStep> funnel(List<Deal> deals, SalesQuery q) {
        Pipeline pipeline = pipelines.find(q.pipeline()).orElse(null);
        if (pipeline == null) {
            return List.of();
        }
        List<Stage> open = pipeline.openStages();
        long[] reached = new long[open.size() + 1];
        for (Deal d : deals) {
            if (!d.pipeline().equals(pipeline.key())) {
                continue;
            }
            int furthest = d.status() == DealStatus.WON ? open.size() : furthestOpenStage(d, open);
            for (int i = 0; i <= furthest && i < reached.length; i++) {
                reached[i]++;
            }
        }
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            steps.add(new FunnelStep(open.get(i).key(), open.get(i).name(), reached[i],
                    Ratio.of(reached[i + 1], reached[i])));
        }
        Stage won = pipeline.wonStages().get(0);
        steps.add(new FunnelStep(won.key(), won.name(), reached[open.size()], Ratio.of(0, 0)));
        return steps;
    }

    private static int furthestOpenStage(Deal d, List<Stage> open) {
        Set<StageKey> entered = new HashSet<>();
        for (StageChange change : d.history()) {
            entered.add(change.to());
        }
        int furthest = -1;
        for (int i = 0; i < open.size(); i++) {
            if (entered.contains(open.get(i).key())) {
                furthest = i;
            }
        }
        return furthest;
    }

    private Map<Dimension, List<SliceRow>> slices(List<Deal> deals, SalesQuery q, KpiDirectory directory) {
        Map<ClientId, Client> clientCache = new java.util.HashMap<>();
        Function<Deal, String> sector = d -> clientCache
                .computeIfAbsent(d.client(), id -> clients.find(id).orElse(null)) == null ? NONE
                : KpiFacts.sector(clientCache.get(d.client())).orElse(NONE);
        Map<Dimension, List<SliceRow>> slices = new EnumMap<>(Dimension.class);
        slices.put(Dimension.OWNER, slice(deals, q, d -> d.owner().toString(), d -> directory.employee(d.owner())));
        slices.put(Dimension.DEPARTMENT, slice(deals, q, d -> d.department().toString(),
                d -> directory.department(d.department())));
        slices.put(Dimension.OFFICE, slice(deals, q, d -> directory.office(d.department()), null));
        slices.put(Dimension.SECTOR, slice(deals, q, sector, null));
        slices.put(Dimension.PRODUCT, slice(deals, q,
                d -> labels.of(d.id()).getOrDefault(DealLabels.PRODUCT, NONE), null));
        slices.put(Dimension.CLOSE_MONTH, slice(deals, q, d -> d.closedAt()
                .map(at -> YearMonth.from(at.atZone(q.zone())).toString()).orElse(OPEN_MONTH), null));
        return slices;
    }

    private static List<SliceRow> slice(List<Deal> deals, SalesQuery q, Function<Deal, String> key,
                                        Function<Deal, String> label) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Deal d : deals) {
            String k = key.apply(d);
            tallies.computeIfAbsent(k, x -> new Tally(q)).add(d);
            labels.putIfAbsent(k, label == null ? k : label.apply(d));
        }
        return tallies.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey(), labels.get(e.getKey())))
                .sorted(Comparator.comparing(SliceRow::revenue).reversed().thenComparing(SliceRow::label))
                .toList();
    }

    /** Won, lost, open and revenue of a group of deals. */
    private static final class Tally {
        private final SalesQuery q;
        long won;
        long lost;
        long open;
        Money revenue;

        Tally(SalesQuery q) {
            this.q = q;
            this.revenue = Money.zero(q.currency());
        }

        void add(Deal d) {
            switch (d.status()) {
                case OPEN -> open++;
                case LOST -> lost++;
                case WON -> {
                    won++;
                    d.amount().filter(a -> a.currency().equals(q.currency())).ifPresent(a -> revenue = revenue.plus(a));
                }
            }
        }

        Ratio winRate() {
            return Ratio.of(won, won + lost);
        }

        SliceRow row(String key, String label) {
            return new SliceRow(key, label, won, lost, open, revenue, winRate());
        }
    }
}
