package org.crmkit.persistence.internal;

import static org.crmkit.persistence.internal.SqlSales.OPEN_MONTH;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.crmkit.core.analytics.Dimension;
import org.crmkit.core.analytics.Ratio;
import org.crmkit.core.analytics.SliceRow;
import org.crmkit.core.shared.Money;

/** The grouped rows of {@link SqlSales}' statements, added up into every sales figure and slice. */
final class SalesFigures {
    final Currency currency;
    final Map<List<String>, Tally> byOwnerAndDepartment = new HashMap<>();
    final Map<String, Tally> bySector = new HashMap<>();
    final Map<String, Tally> byProduct = new HashMap<>();
    final Map<String, Tally> byMonth = new HashMap<>();
    final Map<List<String>, Long> funnel = new HashMap<>();
    final Tally total;
    long wonWithAmount;
    long otherCurrency;
    BigDecimal pipelineValue = BigDecimal.ZERO;
    BigDecimal weightedUnits = BigDecimal.ZERO;
    BigDecimal wonCycleMicros = BigDecimal.ZERO;
    BigDecimal lostCycleMicros = BigDecimal.ZERO;

    SalesFigures(Currency currency) {
        this.currency = currency;
        this.total = new Tally(currency);
    }

    /**
     * A row of owner, department, pipeline, status, entered stages, sector, product, currency and the sums:
     * deals, amounts, deals with an amount, cycle micros, weighted units (open deals). Revenue, pipeline and
     * weighted value count the query's currency only; amounts in another currency are only counted.
     */
    void addGroup(java.sql.ResultSet rs) throws java.sql.SQLException {
        String status = rs.getString(4);
        String rowCurrency = rs.getString(8);
        boolean inCurrency = currency.getCurrencyCode().equals(rowCurrency);
        long deals = KpiSql.longOf(rs, 9);
        BigDecimal amounts = KpiSql.decimalOf(rs, 10);
        BigDecimal revenue = inCurrency && "WON".equals(status) ? amounts : BigDecimal.ZERO;
        byOwnerAndDepartment.computeIfAbsent(List.of(text(rs, 1), text(rs, 2)), k -> new Tally(currency))
                .add(status, deals, revenue);
        total.add(status, deals, revenue);
        funnel.merge(List.of(rs.getString(3), status, rs.getString(5)), deals, Long::sum);
        bySector.computeIfAbsent(rs.getString(6), k -> new Tally(currency)).add(status, deals, revenue);
        byProduct.computeIfAbsent(rs.getString(7), k -> new Tally(currency)).add(status, deals, revenue);
        if (inCurrency && "WON".equals(status)) {
            wonWithAmount += KpiSql.longOf(rs, 11);
        } else if (inCurrency && "OPEN".equals(status)) {
            pipelineValue = pipelineValue.add(amounts);
            weightedUnits = weightedUnits.add(KpiSql.decimalOf(rs, 13));
        } else if (!inCurrency && rowCurrency != null) {
            otherCurrency += KpiSql.longOf(rs, 11);
        }
        if ("WON".equals(status)) {
            wonCycleMicros = wonCycleMicros.add(KpiSql.decimalOf(rs, 12));
        } else if ("LOST".equals(status)) {
            lostCycleMicros = lostCycleMicros.add(KpiSql.decimalOf(rs, 12));
        }
    }

    /** A row of (close month), status, deals and revenue. */
    void addMonth(SqlSales.MonthRow row) {
        byMonth.computeIfAbsent(row.month(), k -> new Tally(currency)).add(row.status(), row.deals(), row.revenue());
    }

    /** The open deals are the month "open" of the close-month slice. */
    void addOpenMonth() {
        if (total.open > 0) {
            byMonth.computeIfAbsent(OPEN_MONTH, k -> new Tally(currency)).add("OPEN", total.open, BigDecimal.ZERO);
        }
    }

    private static String text(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return String.valueOf(ScopedFilterSql.uuidOrText(rs.getObject(column)));
    }

    /** The six slices, labelled with the organisation's names. */
    Map<Dimension, List<SliceRow>> slices(KpiNames names) {
        Map<String, Tally> byOwner = new HashMap<>();
        Map<String, Tally> byDepartment = new HashMap<>();
        Map<String, Tally> byOffice = new LinkedHashMap<>();
        byOwnerAndDepartment.forEach((key, t) -> {
            byOwner.computeIfAbsent(key.get(0), k -> new Tally(t.currency)).add(t);
            byDepartment.computeIfAbsent(key.get(1), k -> new Tally(t.currency)).add(t);
            byOffice.computeIfAbsent(names.office(UUID.fromString(key.get(1))), k -> new Tally(t.currency)).add(t);
        });
        Map<Dimension, List<SliceRow>> slices = new EnumMap<>(Dimension.class);
        slices.put(Dimension.OWNER, rows(byOwner, k -> names.employee(UUID.fromString(k))));
        slices.put(Dimension.DEPARTMENT, rows(byDepartment, k -> names.department(UUID.fromString(k))));
        slices.put(Dimension.OFFICE, rows(byOffice, Function.identity()));
        slices.put(Dimension.SECTOR, rows(bySector, Function.identity()));
        slices.put(Dimension.PRODUCT, rows(byProduct, Function.identity()));
        slices.put(Dimension.CLOSE_MONTH, rows(byMonth, Function.identity()));
        return slices;
    }

    private static List<SliceRow> rows(Map<String, Tally> tallies, Function<String, String> label) {
        return tallies.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey(), label.apply(e.getKey())))
                .sorted(Comparator.comparing(SliceRow::revenue).reversed().thenComparing(SliceRow::label))
                .toList();
    }

    /** The counts and revenue of one group of deals. */
    static final class Tally {
        final Currency currency;
        long won;
        long lost;
        long open;
        BigDecimal revenue = BigDecimal.ZERO;

        Tally(Currency currency) {
            this.currency = currency;
        }

        void add(String status, long deals, BigDecimal wonRevenue) {
            switch (status) {
                case "WON" -> won += deals;
                case "LOST" -> lost += deals;
                default -> open += deals;
            }
            revenue = revenue.add(wonRevenue);
        }

        void add(Tally other) {
            won += other.won;
            lost += other.lost;
            open += other.open;
            revenue = revenue.add(other.revenue);
        }

        SliceRow row(String key, String label) {
            return new SliceRow(key, label, won, lost, open, Money.of(revenue, currency), Ratio.of(won, won + lost));
        }
    }
}
