package org.crmkit.rules.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads business calendars from JSON, the form in which a company keeps its calendar for each year.
 *
 * <pre>{@code
 * { "name": "ru-moscow-2026", "zone": "Europe/Moscow", "source": "free text",
 *   "week": { "MONDAY": ["09:00-13:00", "14:00-18:00"], ... },
 *   "holidays": ["2026-01-01", ...],
 *   "workingDays": [ { "date": "2027-11-06", "hours": ["09:00-17:00"] } ],
 *   "shortenedDays": [ { "date": "2026-04-30", "by": "PT1H" } ] }
 * }</pre>
 *
 * Every problem in a definition is reported at once, each with its JSON path, in one {@link InvalidCalendar}.
 */
public final class BusinessCalendars {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUSSIA_2026 = "ru-2026.json";

    private BusinessCalendars() {
    }

    /** @throws InvalidCalendar if the text is not JSON or does not describe a consistent calendar */
    public static BusinessCalendar fromJson(String json) {
        try {
            return CalendarJson.read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Reads the stream to its end; the caller closes it. */
    public static BusinessCalendar fromJson(InputStream json) {
        try {
            return CalendarJson.read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The official Russian production calendar for 2026 (five-day week, 09:00–18:00 with a 13:00–14:00 break,
     * Moscow time) as shipped in {@code org/crmkit/rules/calendar/ru-2026.json}: an example and a starting point.
     */
    public static BusinessCalendar russia2026() {
        try (InputStream json = BusinessCalendars.class.getResourceAsStream(RUSSIA_2026)) {
            if (json == null) {
                throw new IllegalStateException("resource " + RUSSIA_2026 + " is missing from the crm-rules jar");
            }
            return fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidCalendar notJson(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new InvalidCalendar(List.of(new CalendarProblem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
}
