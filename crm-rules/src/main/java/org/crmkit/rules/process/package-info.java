/**
 * Business processes as data: a {@link org.crmkit.rules.process.ProcessDefinition} has a goal, participants
 * (roles), a start, steps with a responsible role and a deadline, decisions whose every condition says what
 * happens if it is not met (the {@code otherwise} branch), subprocesses and ends. Definitions are built in
 * Java ({@link org.crmkit.rules.process.ProcessDefinitionBuilder}) or read from JSON
 * ({@code org.crmkit.rules.process.json}), checked by {@code org.crmkit.rules.process.verify.ProcessVerifier}
 * and run by {@code org.crmkit.rules.process.runtime.ProcessInstance}.
 */
package org.crmkit.rules.process;
