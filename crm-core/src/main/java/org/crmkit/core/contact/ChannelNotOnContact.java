package org.crmkit.core.contact;

import org.crmkit.core.shared.DomainException;

/** Only one of the contact's own channels can be preferred: add it first. */
public final class ChannelNotOnContact extends DomainException {
    public ChannelNotOnContact(ContactId contact, Channel channel) {
        super("contact.channel-unknown",
                "Contact " + contact + " has no channel " + channel,
                "У контакта " + contact + " нет канала связи " + channel);
    }
}
