package org.crmkit.core.access;

/** How a tagged field appears to a reader. When several roles say different things, the most open one wins
 * unless a forbid hides it. */
public enum Visibility {
    HIDDEN,
    MASKED,
    VISIBLE
}
