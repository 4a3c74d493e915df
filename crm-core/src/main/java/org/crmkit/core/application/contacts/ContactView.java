package org.crmkit.core.application.contacts;

import java.util.List;
import java.util.Set;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.EmployeeId;

/**
 * What a session sees of a contact person. Name and channels are personal data: shown, masked
 * ({@code +7 *** ***-45-67}, {@code i***@example.com}) or left out, by the reader's roles.
 */
public record ContactView(ContactId id, String name, String position, Set<ClientId> clients, List<String> channels,
                          String preferredChannel, Set<ConsentPurpose> consentsInForce, EmployeeId owner) {
}
