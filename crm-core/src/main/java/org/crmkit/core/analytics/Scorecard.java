package org.crmkit.core.analytics;

import org.crmkit.core.shared.Money;

/**
 * The figures of one employee (or one department, summed over the records it is responsible for).
 *
 * @param key            the employee's or department's id
 * @param name           what a person reads
 * @param tasksOnTime    tasks completed within the period at or before their due time ÷ tasks completed within
 *                       the period that had a due time; a task counts for the employee (and department) that had
 *                       it when it was completed
 * @param overdue        open tasks whose due time is before {@code asOf}, held by this employee or department now
 * @param won            deals closed as won within the period, owned by them now
 * @param lost           deals closed as lost within the period, owned by them now
 * @param revenue        sum of those won deals' amounts in the query currency
 * @param winRate        won ÷ (won + lost)
 * @param claimsResolved claims in RESOLVED or CLOSED whose last resolution fell in the period, answered for by them
 */
public record Scorecard(String key, String name, Ratio tasksOnTime, long overdue, long won, long lost, Money revenue,
                        Ratio winRate, long claimsResolved) {
}
