package org.crmkit.core.shared;

/**
 * A person's name with required first and last names and an optional middle name (the Russian отчество),
 * each trimmed; a blank middle name is stored as {@code null} so "no patronymic" has one representation.
 */
public record PersonName(String first, String middle, String last) {

    public PersonName {
        first = required(first, "First name", "имя");
        last = required(last, "Last name", "фамилия");
        middle = middle == null || middle.isBlank() ? null : middle.trim();
    }

    public static PersonName of(String first, String last) {
        return new PersonName(first, null, last);
    }

    public static PersonName of(String first, String middle, String last) {
        return new PersonName(first, middle, last);
    }

    /** Western order: "Ivan Petrovich Sidorov". */
    public String full() {
        return middle == null ? first + " " + last : first + " " + middle + " " + last;
    }

    /** Russian documents' order: "Sidorov Ivan Petrovich". */
    public String formal() {
        return middle == null ? last + " " + first : last + " " + first + " " + middle;
    }

    @Override
    public String toString() {
        return full();
    }

    private static String required(String part, String fieldEn, String fieldRu) {
        if (part == null || part.isBlank()) {
            throw new InvalidValue("person-name.missing",
                    fieldEn + " is required, got '" + part + "'",
                    "Не указано поле «" + fieldRu + "», получено «" + part + "»");
        }
        return part.trim();
    }
}
