package org.crmkit.persistence.internal;

import java.util.Currency;
import java.util.UUID;

import org.crmkit.core.claim.ClaimCategory;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.Segment;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.interaction.InteractionId;
import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.task.TaskId;

/**
 * The conversions every mapper shares: typed ids to and from UUID columns, single-value types to and from their
 * column, and the multi-column value objects. Each reverse conversion goes through the value's own constructor,
 * so a stored value that no longer validates fails loudly instead of producing an invalid aggregate.
 */
class ValueMappings {
    public UUID uuid(ClientId id) { return id == null ? null : id.value(); }
    public ClientId clientId(UUID v) { return v == null ? null : new ClientId(v); }
    public UUID uuid(ContactId id) { return id == null ? null : id.value(); }
    public ContactId contactId(UUID v) { return v == null ? null : new ContactId(v); }
    public UUID uuid(DealId id) { return id == null ? null : id.value(); }
    public DealId dealId(UUID v) { return v == null ? null : new DealId(v); }
    public UUID uuid(ClaimId id) { return id == null ? null : id.value(); }
    public ClaimId claimId(UUID v) { return v == null ? null : new ClaimId(v); }
    public UUID uuid(TaskId id) { return id == null ? null : id.value(); }
    public TaskId taskId(UUID v) { return v == null ? null : new TaskId(v); }
    public UUID uuid(InteractionId id) { return id == null ? null : id.value(); }
    public InteractionId interactionId(UUID v) { return v == null ? null : new InteractionId(v); }
    public UUID uuid(EmployeeId id) { return id == null ? null : id.value(); }
    public EmployeeId employeeId(UUID v) { return v == null ? null : new EmployeeId(v); }
    public UUID uuid(DepartmentId id) { return id == null ? null : id.value(); }
    public DepartmentId departmentId(UUID v) { return v == null ? null : new DepartmentId(v); }

    public String text(Segment s) { return s == null ? null : s.value(); }
    public Segment segment(String v) { return v == null ? null : new Segment(v); }
    public String text(PipelineKey k) { return k == null ? null : k.value(); }
    public PipelineKey pipelineKey(String v) { return v == null ? null : new PipelineKey(v); }
    public String text(StageKey k) { return k == null ? null : k.value(); }
    public StageKey stageKey(String v) { return v == null ? null : new StageKey(v); }
    public String text(RoleName r) { return r == null ? null : r.value(); }
    public RoleName roleName(String v) { return v == null ? null : new RoleName(v); }
    public String text(ClaimCategory c) { return c == null ? null : c.value(); }
    public ClaimCategory claimCategory(String v) { return v == null ? null : new ClaimCategory(v); }
    public Integer percent(Probability p) { return p == null ? null : p.percent(); }
    public Probability probability(Integer v) { return v == null ? null : new Probability(v); }
    public String code(Currency c) { return c == null ? null : c.getCurrencyCode(); }
    public Currency currency(String v) { return v == null ? null : Currency.getInstance(v); }

    public NameColumns columns(PersonName n) {
        return n == null ? null : new NameColumns(n.first(), n.middle(), n.last());
    }

    public PersonName personName(NameColumns c) {
        return c == null || c.first() == null ? null : new PersonName(c.first(), c.middle(), c.last());
    }

    public AddressColumns columns(Address a) {
        return a == null ? null
                : new AddressColumns(a.country(), a.region(), a.city(), a.street(), a.building(), a.postalCode());
    }

    public Address address(AddressColumns c) {
        return c == null || c.country() == null ? null
                : new Address(c.country(), c.region(), c.city(), c.street(), c.building(), c.postalCode());
    }

    public MoneyColumns columns(Money m) {
        return m == null ? null : new MoneyColumns(m.amount(), m.currency().getCurrencyCode());
    }

    public Money money(MoneyColumns c) {
        return c == null || c.amount() == null ? null : new Money(c.amount(), Currency.getInstance(c.currency()));
    }
}
