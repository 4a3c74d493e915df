package org.crmkit.core.application.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Decision;
import org.crmkit.core.access.FieldPolicy;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.Checks;
import org.crmkit.core.application.internal.Redaction;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.PhoneNumber;
import org.crmkit.core.shared.PhoneNumberParser;
import org.crmkit.core.shared.Stamp;

/** Contact persons of clients: their channels and their consents to processing personal data and marketing. */
public final class ContactUseCases {
    private static final Permission CREATE = Permission.of(Resource.CONTACT, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.CONTACT, Action.READ);
    private static final Permission UPDATE = Permission.of(Resource.CONTACT, Action.UPDATE);
    private static final Permission CLIENT_UPDATE = Permission.of(Resource.CLIENT, Action.UPDATE);

    private final SessionContext session;
    private final PhoneNumberParser phones;

    public ContactUseCases(SessionContext session, PhoneNumberParser phones) {
        this.session = session;
        this.phones = phones;
    }

    /** Adds a contact to a client the session may change; the acting employee answers for the contact. */
    public ContactId add(AddContact command) {
        Checks checks = session.check(command);
        EmailAddress email = checks.parse("email", command.email(), () -> EmailAddress.of(command.email()));
        PhoneNumber phone = checks.parse("phone", command.phone(), () -> phones.parse(command.phone()));
        if (command.preferred() == ChannelType.EMAIL && command.email() == null
                || command.preferred() == ChannelType.PHONE && command.phone() == null) {
            checks.reject("preferred", "contact.preferred-missing",
                    "the preferred channel must be one of the contact's channels",
                    "предпочтительный канал должен быть среди каналов контакта");
        }
        checks.throwIfAny();
        return session.run(() -> {
            Client client = session.repositories().clients().get(command.client());
            session.require(CREATE);
            session.require(CLIENT_UPDATE, ProtectedRecords.of(client));
            Employee owner = session.responsibleFor(client);
            Stamp stamp = session.stamp();
            Contact contact = Contact.add(ContactId.newId(),
                    PersonName.of(command.firstName(), command.middleName(), command.lastName()), client.id(),
                    command.position(), owner.id(), owner.department(), stamp);
            Channel emailChannel = email == null ? null : Channel.email(email);
            Channel phoneChannel = phone == null ? null : Channel.phone(phone);
            if (emailChannel != null) {
                contact.addChannel(emailChannel, stamp);
            }
            if (phoneChannel != null) {
                contact.addChannel(phoneChannel, stamp);
            }
            if (command.preferred() == ChannelType.EMAIL) {
                contact.preferChannel(emailChannel, stamp);
            } else if (command.preferred() == ChannelType.PHONE) {
                contact.preferChannel(phoneChannel, stamp);
            }
            session.store(session.repositories().contacts(), contact);
            return contact.id();
        });
    }

    /** Links the contact to one more client (a person can act for several companies). */
    public void linkTo(ContactId id, ClientId client) {
        change(id, (contact, stamp) -> {
            session.require(CLIENT_UPDATE, ProtectedRecords.of(session.repositories().clients().get(client)));
            contact.linkTo(client, stamp);
        });
    }

    public void giveConsent(RecordConsent command) {
        session.validate(command);
        change(command.contact(), (contact, stamp) -> contact.giveConsent(command.purpose(), command.source(), stamp));
    }

    public void withdrawConsent(RecordConsent command) {
        session.validate(command);
        change(command.contact(),
                (contact, stamp) -> contact.withdrawConsent(command.purpose(), command.source(), stamp));
    }

    /** One contact as this session may see it; an unmasked read of personal data is audited. */
    public ContactView get(ContactId id) {
        Contact contact = session.repositories().contacts().get(id);
        Decision decision = session.require(READ, ProtectedRecords.of(contact));
        FieldPolicy fields = session.fields(Resource.CONTACT);
        session.personalDataRead(READ, id.value(), decision, fields);
        return view(contact, new Redaction(fields));
    }

    /** The contacts of a client that this session may see. */
    public List<ContactView> ofClient(ClientId client) {
        FieldPolicy fields = session.fields(Resource.CONTACT);
        Redaction redaction = new Redaction(fields);
        return session.repositories().contacts().ofClient(client, session.filter(READ)).stream()
                .map(c -> view(c, redaction))
                .toList();
    }

    private void change(ContactId id, BiConsumer<Contact, Stamp> change) {
        session.change(session.repositories().contacts(), id, UPDATE, ProtectedRecords::of, change);
    }

    /** The view of a contact through a reader's field policy; used by every read path that shows contacts. */
    public static ContactView view(Contact c, Redaction r) {
        List<String> channels = c.channels().stream().map(ch -> shown(ch, r)).filter(Objects::nonNull).toList();
        Set<ConsentPurpose> inForce = EnumSet.noneOf(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (c.hasConsent(purpose)) {
                inForce.add(purpose);
            }
        }
        return new ContactView(c.id(), r.personName(c.name().full()), c.position().orElse(null), c.clients(),
                channels, c.preferredChannel().map(ch -> shown(ch, r)).orElse(null), Set.copyOf(inForce), c.owner());
    }

    private static String shown(Channel channel, Redaction r) {
        return switch (channel.type()) {
            case EMAIL -> prefixed("email ", r.email(channel.value()));
            case PHONE -> prefixed("phone ", r.phone(channel.value()));
            case MESSENGER -> prefixed(channel.messenger().name().toLowerCase() + " ",
                    r.personalText(channel.value()));
        };
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }
}
