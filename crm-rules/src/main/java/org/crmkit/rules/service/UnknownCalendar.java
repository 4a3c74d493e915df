package org.crmkit.rules.service;

import java.util.Set;
import org.crmkit.core.shared.DomainException;

/** An SLA policy or assignment names a business calendar that is not registered. */
public final class UnknownCalendar extends DomainException {
    public UnknownCalendar(String name, Set<String> known) {
        super("sla.unknown-calendar", "No business calendar is named '" + name + "' (known: " + known + ")",
                "Нет производственного календаря «" + name + "» (есть: " + known + ")");
    }
}
