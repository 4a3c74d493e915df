package org.crmkit.examples.demo;

import java.util.List;
import java.util.Random;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.contacts.RecordConsent;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.TaxIdChecksums;
import org.crmkit.examples.demo.Book.ClientEntry;

/**
 * How a sales manager takes on a client in the demo: the client (a company with a valid INN, or a private
 * person), its contact person with email and phone, and the contact's consents (152-FZ: processing of personal
 * data always, marketing when the person ticked the box).
 */
final class Onboarding {
    /** A contact person as the sales manager writes them down. */
    private record Person(String first, String last, String position, String email, String phone) {
    }

    /** Legal names, and the mail domain of each company; the first is the client the report looks at. */
    static final List<String> COMPANIES = List.of("ООО «Северный ветер»", "АО «Уральские машины»",
            "ООО «Волга-Логистик»", "ООО «Кедр»", "АО «Балтийский порт»", "ООО «Сибирский хлеб»",
            "ООО «Полярная звезда»", "ООО «Южный берег»");
    private static final List<String> DOMAINS = List.of("example.com", "uralmash.example", "volga-log.example",
            "kedr.example", "baltport.example", "sibhleb.example", "polar-star.example", "south-coast.example");
    private static final List<String> REGIONS = List.of("77", "78", "66", "54", "16", "39", "29", "23");
    private static final List<String[]> CONTACTS = List.of(new String[] {"Marina", "Sidorova", "CFO"},
            new String[] {"Oleg", "Kuzmin", "IT director"}, new String[] {"Tatiana", "Egorova", "Purchasing"},
            new String[] {"Roman", "Gusev", "CEO"}, new String[] {"Alla", "Vinogradova", "Office manager"},
            new String[] {"Stepan", "Makarov", "Chief engineer"}, new String[] {"Yulia", "Titova", "Buyer"});
    static final List<String[]> PEOPLE = List.of(new String[] {"Svetlana", "Ivanova"},
            new String[] {"Artem", "Kozlov"}, new String[] {"Daria", "Sergeeva"});
    /** The contact of the report's client: the one whose phone and email the access part shows, masked or not. */
    private static final Person IVAN = new Person("Ivan", "Petrov", "Procurement director",
            "ivan.petrov@example.com", "+7 916 123-45-67");

    private final Crm crm;
    private final Random random;

    Onboarding(Crm crm, Random random) {
        this.crm = crm;
        this.random = random;
    }

    ClientEntry company(int index, EmployeeId owner) {
        CrmSession session = crm.as(owner);
        String name = COMPANIES.get(index);
        ClientId client = session.clients().onboard(OnboardClient.company(name, inn(REGIONS.get(index)))
                .withSegment(index % 3 == 0 ? "enterprise" : "smb"));
        Person person = index == 0 ? IVAN : colleagueAt(index, DOMAINS.get(index));
        return new ClientEntry(client, name, owner, addContact(session, client, person), true);
    }

    ClientEntry person(int index, EmployeeId owner) {
        CrmSession session = crm.as(owner);
        String[] name = PEOPLE.get(index);
        ClientId client = session.clients().onboard(OnboardClient.person(name[0], name[1]).withSegment("retail"));
        Person self = new Person(name[0], name[1], "private client",
                name[0].toLowerCase() + "." + name[1].toLowerCase() + "@mail.example", phone());
        return new ClientEntry(client, name[0] + " " + name[1], owner, addContact(session, client, self), false);
    }

    private ContactId addContact(CrmSession session, ClientId client, Person person) {
        ContactId contact = session.contacts().add(AddContact.of(client, person.first(), person.last(),
                person.position()).withEmail(person.email()).withPhone(person.phone()).preferring(ChannelType.PHONE));
        session.contacts().giveConsent(new RecordConsent(contact, ConsentPurpose.PERSONAL_DATA_PROCESSING,
                "signed paper form"));
        if (random.nextBoolean()) {
            session.contacts().giveConsent(new RecordConsent(contact, ConsentPurpose.MARKETING, "web form"));
        }
        return contact;
    }

    private Person colleagueAt(int index, String domain) {
        String[] who = CONTACTS.get((index - 1) % CONTACTS.size());
        return new Person(who[0], who[1], who[2], who[0].toLowerCase() + "." + who[1].toLowerCase() + "@" + domain,
                phone());
    }

    /** A company INN of the region: nine digits and their control digit. */
    private String inn(String region) {
        return TaxIdChecksums.completeInn10(region + digits(7));
    }

    private String phone() {
        return "+7 9" + digits(2) + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
    }

    private String digits(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
