package org.crmkit.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.crmkit.core.application.Violation;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.ChannelType;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.DomainException;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TaxId;

/**
 * One valid input row as the aggregates the core's factories make of it (their snapshots are what gets written),
 * and the validation that decides between that and a rejection naming every problem.
 */
record ImportRow(long index, ExternalId externalId, Client.Snapshot client, Contact.Snapshot contact, Stamp stamp) {

    /** The external id as the look-up of stored keys spells it. */
    String key() {
        return keyOf(externalId.system(), externalId.key());
    }

    static String keyOf(String system, String key) {
        return system + '\u0000' + key;
    }

    /** Adds the row to {@code valid} or its rejection to {@code rejected}. */
    static void validate(long index, ImportedClient in, BulkImport.Organisation organisation, Stamp stamp,
                         List<ImportRow> valid, List<ImportReport.Rejection> rejected) {
        List<Violation> problems = new ArrayList<>();
        if (in == null) {
            rejected.add(new ImportReport.Rejection(index, "?", List.of(new Violation("", "import.row-missing",
                    "the row is empty (null)", "строка пуста (null)"))));
            return;
        }
        ExternalId externalId = parse(problems, "externalKey", () -> ExternalId.of(in.externalSystem(),
                in.externalKey()));
        longer(problems, "externalSystem", in.externalSystem(), 50);
        longer(problems, "externalKey", in.externalKey(), 200);
        if (in.legalName() == null || in.legalName().isBlank()) {
            problems.add(new Violation("legalName", "client.legal-name-missing", "the legal name is required",
                    "не указано юридическое наименование"));
        }
        longer(problems, "legalName", in.legalName(), 500);
        TaxId inn = blank(in.inn()) ? null : parse(problems, "inn", () -> TaxId.inn(in.inn()));
        if (inn != null && inn.kind() != TaxId.Kind.INN_LEGAL) {
            problems.add(new Violation("inn", "client.company-inn", "a company's INN has 10 digits: " + in.inn(),
                    "ИНН организации состоит из 10 цифр: " + in.inn()));
        }
        DepartmentId department = in.department();
        if (in.owner() == null) {
            problems.add(new Violation("owner", "client.owner-missing", "the owner is required",
                    "не указан ответственный"));
        } else if (!organisation.employees().containsKey(in.owner())) {
            problems.add(new Violation("owner", "employee.unknown", "no employee " + in.owner(),
                    "нет сотрудника " + in.owner()));
        } else {
            if (!organisation.employees().get(in.owner()).active()) {
                problems.add(new Violation("owner", "employee.dismissed", "the owner " + in.owner()
                        + " is dismissed", "ответственный " + in.owner() + " уволен"));
            }
            department = department != null ? department : organisation.employees().get(in.owner()).department();
        }
        if (in.department() != null && !organisation.departments().contains(in.department())) {
            problems.add(new Violation("department", "department.unknown", "no department " + in.department(),
                    "нет отдела " + in.department()));
        }
        PersonName name = parse(problems, "contact", () -> PersonName.of(in.contactFirstName(),
                in.contactLastName()));
        longer(problems, "contactFirstName", in.contactFirstName(), 100);
        longer(problems, "contactLastName", in.contactLastName(), 100);
        // The channel's constructor is where the core reads and normalises the value (E.164, lower-cased domain).
        // Channel.phone(PhoneNumber.of(raw)) would parse the number with libphonenumber four times instead of twice,
        // the most expensive step of a row (see benchmarks/RESULTS-persistence.md, section 3).
        Channel email = blank(in.email()) ? null : parse(problems, "email",
                () -> new Channel(ChannelType.EMAIL, in.email(), null));
        Channel phone = blank(in.phone()) ? null : parse(problems, "phone",
                () -> new Channel(ChannelType.PHONE, in.phone(), null));
        String shown = externalId != null ? externalId.toString() : in.externalSystem() + ":" + in.externalKey();
        if (!problems.isEmpty()) {
            rejected.add(new ImportReport.Rejection(index, shown, problems));
            return;
        }
        DepartmentId home = department;
        Client client = parse(problems, "", () -> {
            Client c = Client.onboardCompany(ClientId.newId(), in.legalName().strip(),
                    inn == null ? List.of() : List.of(inn), in.owner(), home, stamp);
            c.linkExternalId(externalId, stamp);
            return c;
        });
        Contact contact = client == null ? null : parse(problems, "contact", () -> {
            Contact c = Contact.add(ContactId.newId(), name, client.id(), null, in.owner(), home, stamp);
            if (email != null) {
                c.addChannel(email, stamp);
            }
            if (phone != null) {
                c.addChannel(phone, stamp);
            }
            return c;
        });
        if (!problems.isEmpty()) {
            rejected.add(new ImportReport.Rejection(index, shown, problems));
            return;
        }
        valid.add(new ImportRow(index, externalId, client.snapshot(), contact.snapshot(), stamp));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void longer(List<Violation> problems, String path, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Violation(path, "Size", path + " is longer than " + max + " characters",
                    "поле " + path + " длиннее " + max + " символов"));
        }
    }

    /** The value, or null with the reason added: the core's value objects say what is wrong. */
    private static <T> T parse(List<Violation> problems, String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainException e) {
            problems.add(new Violation(path, e.code(), e.getMessage(), e.messageRu()));
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
            String text = String.valueOf(e.getMessage());
            problems.add(new Violation(path, "invalid", text, text));
        }
        return null;
    }
}
