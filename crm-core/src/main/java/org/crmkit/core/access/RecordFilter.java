package org.crmkit.core.access;

/**
 * Which records a session may list, in a form a repository can apply while it reads: in memory as a
 * predicate, in SQL as a WHERE clause (the concrete filter exposes owners, departments, department-tree
 * intervals and shared ids for that).
 */
public interface RecordFilter {
    /**
     * Admits every record: the filter of a system context and of {@code AccessScope.everything()}. A single
     * instance, so that a SQL adapter can recognise it and add no condition.
     */
    RecordFilter EVERYTHING = record -> true;

    boolean admits(ProtectedRecord record);
}
