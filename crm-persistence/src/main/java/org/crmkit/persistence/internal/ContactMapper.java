package org.crmkit.persistence.internal;

import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.Messenger;
import org.crmkit.persistence.internal.ContactRow.PreferredChannelColumns;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Contacts between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface ContactMapper {
    Contact.Snapshot toSnapshot(ContactRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Contact.Snapshot snapshot, @MappingTarget ContactRow row);

    default PreferredChannelColumns preferred(Channel channel) {
        return channel == null ? null : new PreferredChannelColumns(channel.type().name(), channel.value(),
                channel.messenger() == null ? null : channel.messenger().name());
    }

    default Channel preferred(PreferredChannelColumns c) {
        return c == null || c.type() == null ? null : new Channel(ChannelType.valueOf(c.type()), c.value(),
                c.messenger() == null ? null : Messenger.valueOf(c.messenger()));
    }
}
