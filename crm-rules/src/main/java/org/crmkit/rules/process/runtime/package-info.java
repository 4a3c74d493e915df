/**
 * Running a verified process for one subject: {@link org.crmkit.rules.process.runtime.ProcessInstance}
 * hands out {@link org.crmkit.rules.process.runtime.WorkItem}s step by step and records the history. No
 * application layer yet: storing instances and turning work items into tasks come later.
 */
package org.crmkit.rules.process.runtime;
