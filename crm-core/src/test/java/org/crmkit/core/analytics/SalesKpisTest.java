package org.crmkit.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesKpisTest {
    private KpiWorld w;
    private Deal wonByAlice;

    /*
     * Alice (Central office): won 1000 after 10 days, lost 500 after 20 days.
     * Bob (East office): won 3000 after 30 days straight from lead, open 2000 at proposal (50%), open with no
     * amount at lead, and one open deal in EUR.
     */
    @BeforeEach
    void world() {
        w = new KpiWorld();
        wonByAlice = w.closeAt(w.alice, w.tech, "1000", 0, 10, true);
        w.labels.label(wonByAlice.id(), DealLabels.PRODUCT, "GTX Pro");
        Deal lost = w.repos.deals().get(w.deal(w.alice, w.retail, "500", 0, "qualification").id());
        lost.lose(StageKey.of("lost"), "price", w.standard, StageGate.OPEN, KpiWorld.day(w.alice, 20));
        w.repos.deals().save(lost);
        Deal bobsWin = w.closeAt(w.bob, w.tech, "3000", 0, 30, true);
        w.labels.label(bobsWin.id(), DealLabels.PRODUCT, "MG Special");
        w.deal(w.bob, w.retail, "2000", 0, "qualification", "proposal");
        w.deal(w.bob, w.retail, null, 0);
        Deal euro = w.repos.deals().get(w.deal(w.bob, w.retail, null, 0).id());
        euro.changeAmount(Money.of("700", "EUR"), KpiWorld.day(w.bob, 1));
        w.repos.deals().save(euro);
    }

    @Test
    void counts_won_lost_and_open_and_open_deals_are_not_losses() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.deals()).isEqualTo(6);
        assertThat(k.won()).isEqualTo(2);
        assertThat(k.lost()).isEqualTo(1);
        assertThat(k.open()).isEqualTo(3);
        assertThat(k.winRate()).isEqualTo(Ratio.of(2, 3));
        assertThat(k.winRate().percent()).isEqualTo("66.7%");
        assertThat(k.otherCurrencyDeals()).isEqualTo(1);
    }

    @Test
    void pipeline_is_the_open_amounts_and_weighting_uses_each_deals_probability() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.pipelineValue()).isEqualTo(Money.of("2000", "USD"));
        assertThat(k.weightedPipeline()).isEqualTo(Money.of("1000", "USD"));
    }

    @Test
    void revenue_average_and_median_are_over_won_amounts() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.revenue()).isEqualTo(Money.of("4000", "USD"));
        assertThat(k.wonWithAmount()).isEqualTo(2);
        assertThat(k.averageWon()).contains(Money.of("2000", "USD"));
        assertThat(k.medianWon()).contains(Money.of("2000", "USD"));
    }

    @Test
    void sales_cycle_runs_from_opening_to_closing_separately_for_won_and_lost() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.wonCycle().count()).isEqualTo(2);
        assertThat(k.wonCycle().median()).contains(Duration.ofDays(20));
        assertThat(k.wonCycle().mean()).contains(Duration.ofDays(20));
        assertThat(k.lostCycle().median()).contains(Duration.ofDays(20));
    }

    @Test
    void the_funnel_counts_deals_that_got_at_least_that_far_and_won_deals_passed_every_stage() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.funnel()).extracting(FunnelStep::name, FunnelStep::reached).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lead", 6L),
                org.assertj.core.groups.Tuple.tuple("Qualification", 4L),
                org.assertj.core.groups.Tuple.tuple("Proposal", 3L),
                org.assertj.core.groups.Tuple.tuple("Negotiation", 2L),
                org.assertj.core.groups.Tuple.tuple("Won", 2L));
        assertThat(k.funnel().get(0).toNext()).isEqualTo(Ratio.of(4, 6));
    }

    @Test
    void slices_by_office_follow_the_department_tree_and_by_sector_the_client_tag() {
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD"));

        assertThat(k.by(Dimension.OFFICE)).containsExactly(
                new SliceRow("East", "East", 1, 0, 3, Money.of("3000", "USD"), Ratio.of(1, 1)),
                new SliceRow("Central", "Central", 1, 1, 0, Money.of("1000", "USD"), Ratio.of(1, 2)));
        assertThat(k.by(Dimension.SECTOR)).extracting(SliceRow::key, SliceRow::revenue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("technology", Money.of("4000", "USD")),
                org.assertj.core.groups.Tuple.tuple("(none)", Money.of("0", "USD")));
        assertThat(k.by(Dimension.OWNER)).extracting(SliceRow::label).containsExactly("Bob Brown", "Alice Adams");
        assertThat(k.by(Dimension.PRODUCT)).extracting(SliceRow::key)
                .containsExactly("MG Special", "GTX Pro", "(none)");
        assertThat(k.by(Dimension.CLOSE_MONTH)).extracting(SliceRow::key, SliceRow::deals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01", 3L),
                        org.assertj.core.groups.Tuple.tuple("open", 3L));
    }

    @Test
    void a_period_keeps_open_deals_and_deals_closed_within_it_and_drops_earlier_closes() {
        Period firstFortnight = Period.days(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 15), ZoneOffset.UTC);
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD").in(firstFortnight));

        assertThat(k.won()).isEqualTo(1);
        assertThat(k.lost()).isZero();
        assertThat(k.open()).isEqualTo(3);
        assertThat(k.revenue()).isEqualTo(Money.of("1000", "USD"));

        Period later = Period.days(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 28), ZoneOffset.UTC);
        assertThat(w.kpis.sales(SalesQuery.of("USD").in(later)).won()).isEqualTo(1);
    }

    @Test
    void only_records_the_scope_admits_are_counted_anywhere() {
        AccessScope onlyAlice = new AccessScope(r -> r.owner().equals(w.alice), r -> true, r -> true, r -> true);
        SalesKpis k = w.kpis.sales(SalesQuery.of("USD").within(onlyAlice));

        assertThat(k.deals()).isEqualTo(2);
        assertThat(k.revenue()).isEqualTo(Money.of("1000", "USD"));
        assertThat(k.by(Dimension.OWNER)).extracting(SliceRow::label).containsExactly("Alice Adams");
        assertThat(List.of(k.won(), k.lost())).containsExactly(1L, 1L);
        assertThat(wonByAlice.status()).isEqualTo(DealStatus.WON);
    }
}
