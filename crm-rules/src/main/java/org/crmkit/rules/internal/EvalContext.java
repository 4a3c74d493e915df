package org.crmkit.rules.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.crmkit.rules.BusinessDays;

/** Per-evaluation state: today is read from the clock once, and only if a rule asks for it. */
public final class EvalContext {
    private final Clock clock;
    private final BusinessDays businessDays;
    private LocalDate today;

    public EvalContext(Clock clock, BusinessDays businessDays) {
        this.clock = clock;
        this.businessDays = businessDays;
    }

    LocalDate today() {
        if (today == null) {
            today = LocalDate.now(clock);
        }
        return today;
    }

    BusinessDays businessDays() {
        return businessDays;
    }
}
