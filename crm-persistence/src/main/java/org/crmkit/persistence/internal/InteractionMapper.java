package org.crmkit.persistence.internal;

import java.util.stream.Collectors;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.interaction.InteractionLinks;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.Participants;
import org.crmkit.core.shared.EmployeeId;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Interactions between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface InteractionMapper {
    @Mapping(target = "participants", expression = "java(participants(row))")
    Interaction.Snapshot toSnapshot(InteractionRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    @Mapping(target = "participantEmployees", source = "participants.employees")
    @Mapping(target = "participantContacts", source = "participants.contacts")
    void update(Interaction.Snapshot snapshot, @MappingTarget InteractionRow row);

    default Participants participants(InteractionRow row) {
        return new Participants(row.participantEmployees.stream().map(EmployeeId::new).collect(Collectors.toSet()),
                row.participantContacts.stream().map(ContactId::new).collect(Collectors.toSet()));
    }

    default InteractionRow.LinkColumns columns(InteractionLinks l) {
        return new InteractionRow.LinkColumns(l.client().value(), l.contactId().map(ContactId::value).orElse(null),
                l.dealId().map(DealId::value).orElse(null), l.claimId().map(ClaimId::value).orElse(null));
    }

    default InteractionLinks links(InteractionRow.LinkColumns c) {
        return new InteractionLinks(new ClientId(c.client()), c.contact() == null ? null : new ContactId(c.contact()),
                c.deal() == null ? null : new DealId(c.deal()), c.claim() == null ? null : new ClaimId(c.claim()));
    }
}
