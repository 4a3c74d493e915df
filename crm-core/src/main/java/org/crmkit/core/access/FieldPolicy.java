package org.crmkit.core.access;

/** How one actor sees the tagged fields of one resource. */
public interface FieldPolicy {
    Visibility visibility(FieldTag tag);
}
