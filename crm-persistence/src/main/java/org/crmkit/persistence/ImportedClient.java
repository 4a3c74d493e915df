package org.crmkit.persistence;

import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * One company client as another CRM exports it, with its contact person: the raw values of a migration file.
 * Nothing is checked here, so that a bad row can be represented and reported: {@link BulkImport} validates every
 * field with the core's value objects and reports a failing row with its index and every reason.
 *
 * @param externalSystem the exporting system ("amo", "bitrix24", ...); with {@code externalKey} it identifies the
 *                       row across re-runs of the import
 * @param externalKey    the client's key in that system
 * @param legalName      the company's legal name (shown as its display name)
 * @param inn            the company's INN (10 digits), or null
 * @param owner          the employee who owns the client and its contact (must exist and be active)
 * @param department     the department the records belong to, or null for the owner's department
 * @param contactFirstName the contact person's first name
 * @param contactLastName  the contact person's last name
 * @param email          the contact's e-mail, or null
 * @param phone          the contact's phone (any common spelling; stored in E.164), or null
 */
public record ImportedClient(String externalSystem, String externalKey, String legalName, String inn,
                             EmployeeId owner, DepartmentId department, String contactFirstName,
                             String contactLastName, String email, String phone) {
}
