package org.crmkit.rules.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.rules.calendar.BusinessCalendar;

/**
 * The business calendars an SLA policy may name, looked up by {@link BusinessCalendar#name()}. Immutable; a
 * policy that names a calendar missing here fails loudly rather than counting time on the wrong days.
 */
public final class SlaCalendars {
    private final Map<String, BusinessCalendar> byName;

    private SlaCalendars(Map<String, BusinessCalendar> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** @throws IllegalArgumentException if two calendars share a name */
    public static SlaCalendars of(Collection<BusinessCalendar> calendars) {
        Map<String, BusinessCalendar> byName = new TreeMap<>();
        for (BusinessCalendar calendar : calendars) {
            if (byName.putIfAbsent(calendar.name(), calendar) != null) {
                throw new IllegalArgumentException("two calendars are named " + calendar.name());
            }
        }
        return new SlaCalendars(byName);
    }

    public static SlaCalendars of(BusinessCalendar... calendars) {
        return of(List.of(calendars));
    }

    public Optional<BusinessCalendar> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws UnknownCalendar if no calendar has this name */
    public BusinessCalendar get(String name) {
        BusinessCalendar calendar = byName.get(name);
        if (calendar == null) {
            throw new UnknownCalendar(name, byName.keySet());
        }
        return calendar;
    }
}
