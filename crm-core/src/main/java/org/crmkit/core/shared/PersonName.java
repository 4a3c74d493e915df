package org.crmkit.core.shared;
/** Placeholder until the value-object branch lands. */
public record PersonName(String first, String middle, String last) {
    public static PersonName of(String first, String last) { return new PersonName(first, null, last); }
    public static PersonName of(String first, String middle, String last) { return new PersonName(first, middle, last); }
    public String full() { return middle == null ? first + " " + last : first + " " + middle + " " + last; }
}
