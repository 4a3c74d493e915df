package org.crmkit.core.application.clients;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.client.StatusChange;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/**
 * What a session sees of a client. For a person, the name, tax ids and address are personal data: masked or
 * absent (null / empty) unless the reader's roles show personal data.
 */
public record ClientView(ClientId id, ClientKind kind, String displayName, String legalName, String personName,
                         Map<String, String> taxIds, String address, ClientStatus status, String segment,
                         Set<String> tags, Map<String, String> externalIds, EmployeeId owner,
                         DepartmentId department, Instant registeredAt, List<StatusChange> history) {
}
