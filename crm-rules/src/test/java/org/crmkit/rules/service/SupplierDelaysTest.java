package org.crmkit.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.junit.jupiter.api.Test;

class SupplierDelaysTest {
    static final EmployeeId AGENT = EmployeeId.newId();
    static final DepartmentId LINE = DepartmentId.newId();
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void suppliers_answering_after_their_due_time_or_not_at_all_are_counted_late_with_their_delay() {
        Claim onTime = inProgress();
        onTime.involveSupplier("Pallet Co", "replace", T0.plusSeconds(3 * 3600), at(1));
        onTime.recordSupplierAnswer("done", at(2));
        Claim answeredLate = inProgress();
        answeredLate.involveSupplier("Pallet Co", "replace", T0.plusSeconds(3 * 3600), at(1));
        answeredLate.recordSupplierAnswer("sorry", at(8));
        Claim stillOpen = inProgress();
        stillOpen.involveSupplier("Glass Ltd", "inspect", T0.plusSeconds(4 * 3600), at(1));
        Claim noDueTime = inProgress();
        noDueTime.involveSupplier("Glass Ltd", "advise", null, at(1));

        SupplierDelays report = SupplierDelays.of(List.of(onTime, answeredLate, stillOpen, noDueTime), T0.plusSeconds(10 * 3600));

        assertThat(report.of("Pallet Co")).isEqualTo(new SupplierDelays.Row("Pallet Co", 2, 2, 1, Duration.ofHours(5)));
        assertThat(report.of("Glass Ltd")).isEqualTo(new SupplierDelays.Row("Glass Ltd", 2, 0, 1, Duration.ofHours(6)));
        assertThat(report.late()).extracting(SupplierDelays.Late::claim).containsExactly(answeredLate.id(), stillOpen.id());
        assertThat(SupplierDelays.of(List.of(stillOpen), T0.plusSeconds(3 * 3600)).of("Glass Ltd").late())
                .as("not late before its due time").isZero();
    }

    private static Claim inProgress() {
        Claim claim = Claim.register(ClaimId.newId(), ClientId.newId(), null, ClaimChannel.EMAIL, ClaimCategory.of("quality"),
                Severity.MEDIUM, "s", "d", null, null, LINE, Stamp.of(AGENT, T0));
        claim.review(Stamp.of(AGENT, T0));
        claim.assign(LINE, AGENT, Stamp.of(AGENT, T0));
        return claim;
    }

    private static Stamp at(int hours) {
        return Stamp.of(AGENT, T0.plusSeconds(hours * 3600L));
    }
}
