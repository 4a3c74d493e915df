/** The JSON format of process definitions ({@code crm-rules/PROCESS-FORMAT.md}), read with Jackson's tree model. */
package org.crmkit.rules.process.json;
