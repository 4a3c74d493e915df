package org.crmkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmkit.core.shared.Money;

/** Identities every sales result must keep, whatever the deals are. */
class SalesKpiProperties {
    /** One generated deal: owner (0/1), amount or none, how it ends (0 open, 1 won, 2 lost), days open. */
    record Spec(int owner, Integer amount, int outcome, int days, int stages) {
    }

    @Provide
    Arbitrary<List<Spec>> deals() {
        Arbitrary<Spec> one = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 100_000).injectNull(0.2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 60), Arbitraries.integers().between(0, 3)).as(Spec::new);
        return one.list().ofMaxSize(25);
    }

    private static SalesKpis kpisOf(List<Spec> specs) {
        return worldOf(specs).kpis.sales(SalesQuery.of("USD"));
    }

    private static KpiWorld worldOf(List<Spec> specs) {
        KpiWorld w = new KpiWorld();
        String[] path = {"qualification", "proposal", "negotiation"};
        for (Spec s : specs) {
            var owner = s.owner() == 0 ? w.alice : w.bob;
            String amount = s.amount() == null ? null : s.amount().toString();
            if (s.outcome() == 0) {
                w.deal(owner, s.owner() == 0 ? w.tech : w.retail, amount, 0,
                        java.util.Arrays.copyOf(path, s.stages()));
            } else {
                w.closeAt(owner, w.tech, amount, 0, s.days(), s.outcome() == 1);
            }
        }
        return w;
    }

    @Property(tries = 100)
    void won_plus_lost_plus_open_is_every_deal(@ForAll("deals") List<Spec> specs) {
        SalesKpis k = kpisOf(specs);
        assertThat(k.won() + k.lost() + k.open()).isEqualTo(k.deals()).isEqualTo(specs.size());
    }

    @Property(tries = 100)
    void the_slices_of_every_dimension_add_up_to_the_whole(@ForAll("deals") List<Spec> specs) {
        SalesKpis k = kpisOf(specs);
        for (Dimension d : Dimension.values()) {
            List<SliceRow> rows = k.by(d);
            assertThat(rows.stream().mapToLong(SliceRow::won).sum()).as(d + " won").isEqualTo(k.won());
            assertThat(rows.stream().mapToLong(SliceRow::lost).sum()).as(d + " lost").isEqualTo(k.lost());
            assertThat(rows.stream().mapToLong(SliceRow::open).sum()).as(d + " open").isEqualTo(k.open());
            assertThat(rows.stream().map(SliceRow::revenue).reduce(Money.zero("USD"), Money::plus))
                    .as(d + " revenue").isEqualTo(k.revenue());
        }
    }

    @Property(tries = 100)
    void weighted_pipeline_never_exceeds_the_pipeline_and_the_funnel_never_grows(@ForAll("deals") List<Spec> specs) {
        SalesKpis k = kpisOf(specs);
        assertThat(k.weightedPipeline()).isLessThanOrEqualTo(k.pipelineValue());
        for (int i = 1; i < k.funnel().size(); i++) {
            assertThat(k.funnel().get(i).reached()).isLessThanOrEqualTo(k.funnel().get(i - 1).reached());
        }
        if (!k.funnel().isEmpty()) {
            assertThat(k.funnel().get(0).reached()).isEqualTo(k.deals());
            assertThat(k.funnel().get(k.funnel().size() - 1).reached()).isEqualTo(k.won());
        }
    }

    @Property(tries = 100)
    void closes_of_two_adjacent_periods_add_up_to_the_closes_of_both(@ForAll("deals") List<Spec> specs,
                                                                     @ForAll @net.jqwik.api.constraints.IntRange(
                                                                             min = 0, max = 61) int splitDay) {
        KpiWorld w = worldOf(specs);
        java.time.Instant split = KpiWorld.T0.plus(java.time.Duration.ofDays(splitDay));
        SalesKpis before = w.kpis.sales(SalesQuery.of("USD").in(new Period(java.time.Instant.MIN, split)));
        SalesKpis after = w.kpis.sales(SalesQuery.of("USD").in(new Period(split, java.time.Instant.MAX)));
        SalesKpis all = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(before.won() + after.won()).isEqualTo(all.won());
        assertThat(before.lost() + after.lost()).isEqualTo(all.lost());
        assertThat(before.revenue().plus(after.revenue())).isEqualTo(all.revenue());
    }
}
