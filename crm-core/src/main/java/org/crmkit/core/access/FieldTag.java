package org.crmkit.core.access;

import java.util.Objects;

/** A label on a field that field-level rules refer to: personal data, financial data, or a vendor's own. */
public record FieldTag(String name) {
    public static final FieldTag PERSONAL_DATA = new FieldTag("personal-data");
    public static final FieldTag FINANCIAL = new FieldTag("financial");

    public FieldTag {
        Objects.requireNonNull(name, "field tag");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a field tag needs a name");
        }
    }

    public static FieldTag of(String name) {
        return new FieldTag(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
