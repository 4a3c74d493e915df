/**
 * Running a verified process for one subject: {@link org.crmkit.rules.process.runtime.ProcessInstance}
 * hands out {@link org.crmkit.rules.process.runtime.WorkItem}s step by step and records the history; runs are
 * stored through the {@link org.crmkit.rules.process.runtime.ProcessInstances} port. Turning work items into
 * CRM tasks is {@code org.crmkit.rules.process.app}'s job.
 */
package org.crmkit.rules.process.runtime;
