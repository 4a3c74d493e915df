package org.crmkit.core.application.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ChannelType;

/**
 * Add a contact person to a client, with the channels they can be reached through (raw input: the phone is
 * normalised to E.164 in the CRM's default region) and which of them they prefer.
 */
public record AddContact(
        @NotNull ClientId client,
        @NotBlank @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 200) String position,
        @Size(max = 254) String email,
        @Size(max = 40) String phone,
        ChannelType preferred) {

    public static AddContact of(ClientId client, String firstName, String lastName, String position) {
        return new AddContact(client, firstName, null, lastName, position, null, null, null);
    }

    public AddContact withEmail(String newEmail) {
        return new AddContact(client, firstName, middleName, lastName, position, newEmail, phone, preferred);
    }

    public AddContact withPhone(String newPhone) {
        return new AddContact(client, firstName, middleName, lastName, position, email, newPhone, preferred);
    }

    public AddContact preferring(ChannelType channel) {
        return new AddContact(client, firstName, middleName, lastName, position, email, phone, channel);
    }
}
