package org.crmkit.core.access;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** How one actor sees the tagged fields of one resource. */
public interface FieldPolicy {
    Visibility visibility(FieldTag tag);

    /**
     * The value as this reader may receive it: itself when VISIBLE, {@code mask}ed when MASKED (e.g.
     * {@code Masks::phone}), nothing when HIDDEN. Read paths go through here so that no unmasked value slips out.
     */
    default Optional<String> reveal(FieldTag tag, String value, UnaryOperator<String> mask) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (visibility(tag)) {
            case VISIBLE -> Optional.of(value);
            case MASKED -> Optional.of(mask.apply(value));
            case HIDDEN -> Optional.empty();
        };
    }

    /** Which tags are visible, masked or hidden, and which role or rule made them so. */
    default String explain() {
        return "field visibility decided by " + getClass().getSimpleName();
    }
}
