/**
 * Processes running on a CRM: {@link org.crmkit.rules.process.app.ProcessRunner} starts a verified process for
 * a client, deal or claim, turns each step it reaches into a task for an employee of the responsible role
 * ({@link org.crmkit.rules.process.app.RoleAssignment}), and moves the run on as those tasks are completed.
 */
package org.crmkit.rules.process.app;
