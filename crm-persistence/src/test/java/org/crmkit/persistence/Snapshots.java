package org.crmkit.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.claim.SupplierInvolvement;
import org.crmkit.core.claim.WaitingFor;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.client.Segment;
import org.crmkit.core.client.StatusChange;
import org.crmkit.core.contact.Channel;
import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ConsentRecord;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.contact.Messenger;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContact;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.DealStatus;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.StageChange;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.interaction.Direction;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.interaction.InteractionChannel;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.interaction.InteractionKind;
import org.crmkit.core.interaction.InteractionLinks;
import org.crmkit.core.interaction.Participants;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.organisation.EmploymentStatus;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmailAddress;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.PhoneNumber;
import org.crmkit.core.shared.TaxId;
import org.crmkit.core.shared.UuidV7;
import org.crmkit.core.task.Delegation;
import org.crmkit.core.task.Priority;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskId;
import org.crmkit.core.task.TaskLink;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.core.task.TaskStatusChange;

/**
 * Snapshots with every field set (no null that could be a value, no empty collection), with times at microsecond
 * precision (what both databases keep), so a round trip that drops or garbles any field fails.
 */
final class Snapshots {
    static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123456Z");
    static final Instant T1 = T0.plusSeconds(3600);
    static final Instant T2 = T0.plusSeconds(7200);
    static final Instant T3 = T0.plusSeconds(86_400);

    final DepartmentId company = new DepartmentId(UuidV7.next());
    final DepartmentId sales = new DepartmentId(UuidV7.next());
    final EmployeeId anna = new EmployeeId(UuidV7.next());
    final EmployeeId boris = new EmployeeId(UuidV7.next());
    final ClientId client = new ClientId(UuidV7.next());
    final ContactId contact = new ContactId(UuidV7.next());
    final DealId deal = new DealId(UuidV7.next());
    final ClaimId claim = new ClaimId(UuidV7.next());
    final TaskId task = new TaskId(UuidV7.next());
    final InteractionId interaction = new InteractionId(UuidV7.next());

    Department.Snapshot root() {
        return new Department.Snapshot(company, "Company", null, boris);
    }

    Department.Snapshot salesDepartment() {
        return new Department.Snapshot(sales, "Sales", company, anna);
    }

    Employee.Snapshot employee() {
        return new Employee.Snapshot(anna, PersonName.of("Anna", "Petrovna", "Smirnova"), "Head of sales", sales,
                Set.of(RoleName.of("sales-manager"), RoleName.of("auditor")), EmploymentStatus.DISMISSED, T3);
    }

    Employee.Snapshot colleague() {
        return new Employee.Snapshot(boris, PersonName.of("Boris", "Orlov"), "CEO", company,
                Set.of(RoleName.of("admin")), EmploymentStatus.ACTIVE, null);
    }

    Client.Snapshot client() {
        return new Client.Snapshot(client, ClientKind.COMPANY, "Romashka", null,
                "ООО «Ромашка»", Set.of(TaxId.inn("7707083893"), TaxId.kpp("770701001")),
                Address.of("RU", "Moscow", "Moscow", "Tverskaya", "7", "125009"), anna, sales, ClientStatus.SUSPENDED,
                List.of(new StatusChange(ClientStatus.PROSPECT, ClientStatus.ACTIVE, anna, T1, "contract signed"),
                        new StatusChange(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, boris, T2, null)),
                Segment.of("key-accounts"), Set.of("vip", "b2b"),
                Map.of("1c", ExternalId.of("1c", "A-1-" + client), "sap", ExternalId.of("sap", "42-" + client)), T0);
    }

    Contact.Snapshot contact() {
        Set<ClientId> clients = new LinkedHashSet<>(List.of(client));
        return new Contact.Snapshot(contact, PersonName.of("Ivan", "Sergeevich", "Petrov"), clients, "CEO",
                List.of(Channel.email(EmailAddress.of("ivan@romashka.ru")), Channel.phone(PhoneNumber.of("+79161234567")),
                        Channel.messenger(Messenger.TELEGRAM, "@ivan")),
                Channel.phone(PhoneNumber.of("+79161234567")),
                List.of(new ConsentRecord(ConsentPurpose.PERSONAL_DATA_PROCESSING, true, T0, "web-form", anna),
                        new ConsentRecord(ConsentPurpose.MARKETING, false, T1, "call", boris)),
                anna, sales, T0);
    }

    Deal.Snapshot deal() {
        return new Deal.Snapshot(deal, client, "Servers", PipelineKey.DEFAULT, StageKey.of("qualification"),
                DealStatus.LOST, Probability.of(40), List.of(new DealContact(contact, DealContactRole.CHAMPION)),
                Money.of("1200000.50", "RUB"), LocalDate.of(2024, 6, 30), anna, sales, "price too high", "CTR-7", T3,
                List.of(new StageChange(null, StageKey.of("new"), anna, T0, ""),
                        new StageChange(StageKey.of("new"), StageKey.of("qualification"), boris, T1, "call went well")));
    }

    Claim.Snapshot claim() {
        return new Claim.Snapshot(claim, client, contact, ClaimChannel.EMAIL, ClaimCategory.of("delivery"),
                Severity.HIGH, "Late delivery", "Two weeks late", deal, "Server X", boris, company, T0,
                ClaimStatus.WAITING, WaitingFor.SUPPLIER,
                List.of(new ClaimTransition(ClaimStatus.REGISTERED, ClaimStatus.IN_PROGRESS, anna, T1, null, null),
                        new ClaimTransition(ClaimStatus.IN_PROGRESS, ClaimStatus.WAITING, anna, T2, "asked supplier",
                                WaitingFor.SUPPLIER)),
                sales, anna, T1, T3, T1, 2,
                List.of(new SupplierInvolvement("Acme", "why late?", T1, T3, T2, "truck broke"),
                        new SupplierInvolvement("Beta", "spare parts?", T2, null, null, null)),
                "replaced", "duplicate", 4, 1);
    }

    Task.Snapshot task() {
        return new Task.Snapshot(task, "Call the client", "Agree on delivery", boris, T0, anna, sales, T3,
                Priority.URGENT, new TaskLink(client, deal, claim), TaskStatus.BLOCKED,
                List.of(new TaskStatusChange(TaskStatus.NEW, TaskStatus.IN_PROGRESS, anna, T1, null),
                        new TaskStatusChange(TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, anna, T2, "waiting")),
                "waiting for the supplier", List.of(new Delegation(boris, anna, sales, "vacation", T1)),
                List.of(new RouteStep(0, "draft", boris, company, T1, T2, boris, "done"),
                        new RouteStep(1, "approve", anna, sales, T3, null, null, null)));
    }

    Interaction.Snapshot interaction() {
        return new Interaction.Snapshot(interaction, InteractionKind.MEETING, InteractionChannel.SHOP,
                Direction.INBOUND, T1, Participants.of(Set.of(anna, boris), Set.of(contact)), "Discussed the delay",
                new InteractionLinks(client, contact, deal, claim), anna, sales, T2);
    }
}
