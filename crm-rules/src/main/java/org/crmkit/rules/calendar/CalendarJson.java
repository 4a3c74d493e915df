package org.crmkit.rules.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a calendar from a JSON tree, walking it by hand rather than binding it so that every problem is
 * collected with its path instead of stopping at the first.
 */
final class CalendarJson {

    private static final Set<String> FIELDS = Set.of("name", "zone", "source", "week", "holidays", "workingDays", "shortenedDays");

    private final List<CalendarProblem> problems = new ArrayList<>();
    private final Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new TreeSet<>();
    private final Map<LocalDate, WorkingHours> workingDays = new LinkedHashMap<>();
    private final Map<LocalDate, Duration> shortenedDays = new LinkedHashMap<>();

    static BusinessCalendar read(JsonNode root) {
        return new CalendarJson().calendar(root);
    }

    private BusinessCalendar calendar(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidCalendar(List.of(new CalendarProblem("$", "expected a JSON object")));
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                problem("$." + field, "unknown field; expected one of " + new TreeSet<>(FIELDS));
            }
        });
        String name = text(root, "name", "$.name");
        ZoneId zone = zone(root.get("zone"));
        readWeek(root.get("week"));
        readHolidays(root.get("holidays"));
        readWorkingDays(root.get("workingDays"));
        readShortenedDays(root.get("shortenedDays"));
        if (!problems.isEmpty()) {
            throw new InvalidCalendar(problems);
        }
        BusinessCalendar.Builder builder = BusinessCalendar.named(name, zone);
        week.forEach(builder::on);
        holidays.forEach(builder::holiday);
        workingDays.forEach(builder::workingDay);
        shortenedDays.forEach(builder::shortened);
        return builder.build();
    }

    private ZoneId zone(JsonNode node) {
        String id = text(node, "$.zone");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problem("$.zone", "unknown time zone '" + id + "'");
            return null;
        }
    }

    private void readWeek(JsonNode node) {
        if (node == null || !node.isObject()) {
            problem("$.week", "expected an object of weekday to working intervals, e.g. {\"MONDAY\": [\"09:00-18:00\"]}");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "$.week." + entry.getKey();
            try {
                DayOfWeek day = DayOfWeek.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
                WorkingHours hours = hours(entry.getValue(), path);
                if (hours != null) {
                    week.put(day, hours);
                }
            } catch (IllegalArgumentException e) {
                problem(path, "unknown weekday; expected MONDAY..SUNDAY");
            }
        }
        if (problems.stream().noneMatch(p -> p.path().startsWith("$.week"))
                && week.values().stream().allMatch(WorkingHours::isDayOff)) {
            problem("$.week", "no weekday has working hours, so business time would never pass");
        }
    }

    private void readHolidays(JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            problem("$.holidays", "expected an array of dates");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            LocalDate date = date(node.get(i), "$.holidays[" + i + "]");
            if (date != null && !holidays.add(date)) {
                problem("$.holidays[" + i + "]", date + " is listed twice");
            }
        }
    }

    private void readWorkingDays(JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            problem("$.workingDays", "expected an array of {\"date\": ..., \"hours\": [...]}");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "$.workingDays[" + i + "]";
            LocalDate date = date(node.get(i).get("date"), path + ".date");
            WorkingHours hours = hours(node.get(i).get("hours"), path + ".hours");
            if (hours != null && hours.isDayOff()) {
                problem(path + ".hours", "a transferred working day needs working hours");
            }
            if (date == null || hours == null) {
                continue;
            }
            if (holidays.contains(date)) {
                problem(path + ".date", date + " is also listed as a holiday");
            } else if (workingDays.put(date, hours) != null) {
                problem(path + ".date", date + " is listed twice");
            }
        }
    }

    private void readShortenedDays(JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            problem("$.shortenedDays", "expected an array of {\"date\": ..., \"by\": \"PT1H\"}");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "$.shortenedDays[" + i + "]";
            LocalDate date = date(node.get(i).get("date"), path + ".date");
            Duration by = duration(node.get(i).get("by"), path + ".by");
            if (date == null || by == null) {
                continue;
            }
            WorkingHours base = holidays.contains(date) ? WorkingHours.NONE
                    : workingDays.getOrDefault(date, week.getOrDefault(date.getDayOfWeek(), WorkingHours.NONE));
            if (base.isDayOff()) {
                problem(path + ".date", date + " is not a working day, so it cannot be shortened");
                continue;
            }
            try {
                base.shortenedBy(by);
                shortenedDays.put(date, by);
            } catch (IllegalArgumentException e) {
                problem(path + ".by", e.getMessage());
            }
        }
    }

    private WorkingHours hours(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            problem(path, "expected an array of intervals like \"09:00-13:00\"");
            return null;
        }
        List<WorkingInterval> intervals = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            String text = text(node.get(i), path + "[" + i + "]");
            if (text == null) {
                valid = false;
                continue;
            }
            try {
                intervals.add(WorkingInterval.parse(text));
            } catch (RuntimeException e) { // DateTimeParseException or our own IllegalArgumentException
                problem(path + "[" + i + "]", e.getMessage());
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        try {
            return WorkingHours.of(intervals);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private LocalDate date(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            problem(path, "expected an ISO date like 2026-01-01 but was '" + text + "'");
            return null;
        }
    }

    private Duration duration(JsonNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeException e) {
            problem(path, "expected an ISO duration like PT1H but was '" + text + "'");
            return null;
        }
    }

    private String text(JsonNode parent, String field, String path) {
        return text(parent.get(field), path);
    }

    private String text(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problem(path, "is required");
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(path, "expected a non-empty string");
            return null;
        }
        return node.asText();
    }

    private void problem(String path, String message) {
        problems.add(new CalendarProblem(path, message));
    }
}
