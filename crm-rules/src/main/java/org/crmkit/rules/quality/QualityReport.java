package org.crmkit.rules.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * The compliance with each standard over a period: overall, per employee, per department, and the records that
 * break it. Rates are exact fractions shown as percentages to one decimal; a standard that judged no record has
 * no rate (not 100 %).
 */
public final class QualityReport {
    private final ReportingPeriod period;
    private final Map<String, Result> results;

    private QualityReport(ReportingPeriod period, Map<String, Result> results) {
        this.period = period;
        this.results = results;
    }

    public static QualityReport evaluate(Collection<QualityStandard> standards, Repositories data,
                                         ReportingPeriod period) {
        Map<String, Result> results = new LinkedHashMap<>();
        for (QualityStandard standard : standards) {
            List<QualityCheck> checks = standard.check(data, period);
            Map<EmployeeId, Compliance> byEmployee = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
            Map<DepartmentId, Compliance> byDepartment = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
            List<QualityCheck> breaches = new ArrayList<>();
            Compliance overall = Compliance.NONE;
            for (QualityCheck check : checks) {
                overall = overall.with(check.compliant());
                byEmployee.merge(check.employee(), Compliance.NONE.with(check.compliant()), Compliance::plus);
                byDepartment.merge(check.department(), Compliance.NONE.with(check.compliant()), Compliance::plus);
                if (!check.compliant()) {
                    breaches.add(check);
                }
            }
            results.put(standard.id(), new Result(standard.id(), standard.description(), overall, byEmployee,
                    byDepartment, breaches));
        }
        return new QualityReport(period, results);
    }

    public ReportingPeriod period() {
        return period;
    }

    public List<Result> results() {
        return List.copyOf(results.values());
    }

    /** @throws IllegalArgumentException if no standard has this id */
    public Result of(String standardId) {
        Result result = results.get(standardId);
        if (result == null) {
            throw new IllegalArgumentException("no standard '" + standardId + "' in this report: " + results.keySet());
        }
        return result;
    }

    /** How one standard fared. */
    public record Result(String standard, String description, Compliance overall,
                         Map<EmployeeId, Compliance> byEmployee, Map<DepartmentId, Compliance> byDepartment,
                         List<QualityCheck> breaches) {
        public Result {
            byEmployee = java.util.Collections.unmodifiableMap(byEmployee);
            byDepartment = java.util.Collections.unmodifiableMap(byDepartment);
            breaches = List.copyOf(breaches);
        }

        public Compliance of(EmployeeId employee) {
            return byEmployee.getOrDefault(employee, Compliance.NONE);
        }

        public Compliance of(DepartmentId department) {
            return byDepartment.getOrDefault(department, Compliance.NONE);
        }
    }

    /** Records judged and how many complied. */
    public record Compliance(int checked, int compliant) {
        static final Compliance NONE = new Compliance(0, 0);

        Compliance with(boolean complies) {
            return new Compliance(checked + 1, compliant + (complies ? 1 : 0));
        }

        Compliance plus(Compliance other) {
            return new Compliance(checked + other.checked, compliant + other.compliant);
        }

        /** The share that complied, in percent to one decimal; empty when nothing was judged. */
        public Optional<BigDecimal> percent() {
            if (checked == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(checked), 1,
                    RoundingMode.HALF_UP));
        }
    }
}
