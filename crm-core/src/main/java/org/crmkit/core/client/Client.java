package org.crmkit.core.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.Address;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.InvalidValue;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TaxId;

/**
 * A company or person the business serves, from onboarding as a prospect to being taken off service. It keeps
 * every status move with who, when and why; once off-boarded it refuses every change.
 *
 * <p>Set-like commands whose outcome already holds (tagging with a tag it has, linking the same external key
 * again, renaming to the current name) change nothing and raise no event, so retried imports stay quiet.
 */
public final class Client extends AggregateRoot<ClientId> implements Accountable {
    private final ClientKind kind;
    private String displayName;
    private final PersonName personName;
    private final String legalName;
    private final Map<TaxId.Kind, TaxId> taxIds;
    private Address address;
    private EmployeeId owner;
    private DepartmentId department;
    private ClientStatus status;
    private final List<StatusChange> history;
    private Segment segment;
    private final SortedSet<String> tags;
    private final SortedMap<String, ExternalId> externalIds;
    private final Instant registeredAt;

    private Client(Snapshot s, long version) {
        super(s.id(), version);
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        IdentityRules.requireNames(kind, s.personName(), s.legalName());
        this.personName = s.personName();
        this.legalName = s.legalName() == null ? null : s.legalName().strip();
        this.taxIds = new EnumMap<>(TaxId.Kind.class);
        this.taxIds.putAll(IdentityRules.byKind(kind, s.taxIds()));
        this.displayName = requireName(s.displayName());
        this.address = s.address();
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.history = new ArrayList<>(s.history());
        this.segment = s.segment();
        this.tags = new TreeSet<>(s.tags());
        this.externalIds = new TreeMap<>(s.externalIds());
        this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
    }

    /**
     * Takes on a new client as a PROSPECT. A COMPANY gives a legal name (and no person's name), a PERSON a
     * person's name (and no legal name); a blank display name defaults to that name. Tax ids, address may be
     * empty/null.
     */
    public static Client onboard(ClientId id, ClientKind kind, String displayName, PersonName personName,
                                 String legalName, Collection<TaxId> taxIds, Address address, EmployeeId owner,
                                 DepartmentId department, Stamp stamp) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stamp, "stamp");
        IdentityRules.requireNames(kind, personName, legalName);
        String shown = displayName != null && !displayName.isBlank() ? displayName
                : kind == ClientKind.COMPANY ? legalName : personName.full();
        Set<TaxId> given = taxIds == null ? Set.of() : Set.copyOf(taxIds);
        Client client = new Client(new Snapshot(id, kind, shown, personName, legalName, given, address, owner,
                department, ClientStatus.PROSPECT, List.of(), null, Set.of(), Map.of(), stamp.at()), 0);
        client.raise(new ClientOnboarded(id, kind, client.displayName, owner, department, stamp.by(), stamp.at()));
        return client;
    }

    /** Onboards a company shown under its legal name. */
    public static Client onboardCompany(ClientId id, String legalName, Collection<TaxId> taxIds, EmployeeId owner,
                                        DepartmentId department, Stamp stamp) {
        return onboard(id, ClientKind.COMPANY, null, null, legalName, taxIds, null, owner, department, stamp);
    }

    /** Onboards a private person shown under their full name. */
    public static Client onboardPerson(ClientId id, PersonName name, EmployeeId owner, DepartmentId department,
                                       Stamp stamp) {
        return onboard(id, ClientKind.PERSON, null, name, null, List.of(), null, owner, department, stamp);
    }

    /** Rebuilds a stored client without raising events. */
    public static Client restore(Snapshot s, long version) {
        return new Client(s, version);
    }

    /** PROSPECT → ACTIVE: the first contract is signed. */
    public void activate(Stamp stamp) {
        requireMove(ClientStatus.PROSPECT, ClientStatus.ACTIVE, stamp);
        moveTo(ClientStatus.ACTIVE, null, stamp);
        raise(new ClientActivated(id(), stamp.by(), stamp.at()));
    }

    /** ACTIVE → SUSPENDED, for a stated reason (unpaid invoices, a dispute). */
    public void suspend(String reason, Stamp stamp) {
        requireMove(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, stamp);
        String why = requireReason(reason, "suspend a client");
        moveTo(ClientStatus.SUSPENDED, why, stamp);
        raise(new ClientSuspended(id(), why, stamp.by(), stamp.at()));
    }

    /** SUSPENDED → ACTIVE, for a stated reason. */
    public void reactivate(String reason, Stamp stamp) {
        requireMove(ClientStatus.SUSPENDED, ClientStatus.ACTIVE, stamp);
        String why = requireReason(reason, "reactivate a client");
        moveTo(ClientStatus.ACTIVE, why, stamp);
        raise(new ClientReactivated(id(), why, stamp.by(), stamp.at()));
    }

    /** Takes the client off service for good, from any status; the history stays. */
    public void offboard(String reason, Stamp stamp) {
        requireChangeable(stamp);
        String why = requireReason(reason, "off-board a client");
        ClientStatus from = status;
        moveTo(ClientStatus.OFFBOARDED, why, stamp);
        raise(new ClientOffboarded(id(), from, why, stamp.by(), stamp.at()));
    }

    public void reassignOwner(EmployeeId newOwner, DepartmentId newDepartment, Stamp stamp) {
        Objects.requireNonNull(newOwner, "owner");
        Objects.requireNonNull(newDepartment, "department");
        requireChangeable(stamp);
        if (newOwner.equals(owner) && newDepartment.equals(department)) {
            return;
        }
        EmployeeId previous = owner;
        this.owner = newOwner;
        this.department = newDepartment;
        raise(new ClientOwnerChanged(id(), previous, newOwner, newDepartment, stamp.by(), stamp.at()));
    }

    public void changeSegment(Segment newSegment, Stamp stamp) {
        Objects.requireNonNull(newSegment, "segment");
        requireChangeable(stamp);
        if (newSegment.equals(segment)) {
            return;
        }
        Segment previous = segment;
        this.segment = newSegment;
        raise(new ClientSegmentChanged(id(), previous, newSegment, stamp.by(), stamp.at()));
    }

    /** Puts a tag on the client; tags are compared lower-case and trimmed. */
    public void tag(String tag, Stamp stamp) {
        String normalised = normaliseTag(tag);
        requireChangeable(stamp);
        if (tags.add(normalised)) {
            raise(new ClientTagged(id(), normalised, stamp.by(), stamp.at()));
        }
    }

    public void untag(String tag, Stamp stamp) {
        String normalised = normaliseTag(tag);
        requireChangeable(stamp);
        if (tags.remove(normalised)) {
            raise(new ClientUntagged(id(), normalised, stamp.by(), stamp.at()));
        }
    }

    /**
     * Links the client to its key in another system. Throws {@link ExternalIdAlreadyLinked} when it already has
     * a different key there. Uniqueness across clients is the application's check, via
     * {@link Clients#findByExternalId}.
     */
    public void linkExternalId(ExternalId externalId, Stamp stamp) {
        Objects.requireNonNull(externalId, "external id");
        requireChangeable(stamp);
        ExternalId linked = externalIds.get(externalId.system());
        if (externalId.equals(linked)) {
            return;
        }
        if (linked != null) {
            throw new ExternalIdAlreadyLinked(id(), linked, externalId);
        }
        externalIds.put(externalId.system(), externalId);
        raise(new ClientExternalIdLinked(id(), externalId, stamp.by(), stamp.at()));
    }

    /** Changes the name the client is shown under; the legal or personal name stays as registered. */
    public void rename(String newDisplayName, Stamp stamp) {
        String name = requireName(newDisplayName);
        requireChangeable(stamp);
        if (name.equals(displayName)) {
            return;
        }
        String previous = displayName;
        this.displayName = name;
        raise(new ClientRenamed(id(), previous, name, stamp.by(), stamp.at()));
    }

    public void changeAddress(Address newAddress, Stamp stamp) {
        Objects.requireNonNull(newAddress, "address");
        requireChangeable(stamp);
        if (newAddress.equals(address)) {
            return;
        }
        this.address = newAddress;
        raise(new ClientAddressChanged(id(), newAddress, stamp.by(), stamp.at()));
    }

    /** Records a tax id, replacing the one of the same kind (a company's KPP changes when it moves region). */
    public void recordTaxId(TaxId taxId, Stamp stamp) {
        Objects.requireNonNull(taxId, "tax id");
        requireChangeable(stamp);
        IdentityRules.requireApplicable(kind, taxId);
        if (taxId.equals(taxIds.get(taxId.kind()))) {
            return;
        }
        taxIds.put(taxId.kind(), taxId);
        raise(new ClientTaxIdRecorded(id(), taxId, stamp.by(), stamp.at()));
    }

    public ClientKind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    /** The person's name, for a PERSON client. */
    public Optional<PersonName> personName() {
        return Optional.ofNullable(personName);
    }

    /** The registered legal name, for a COMPANY client. */
    public Optional<String> legalName() {
        return Optional.ofNullable(legalName);
    }

    public Set<TaxId> taxIds() {
        return Set.copyOf(taxIds.values());
    }

    public Optional<TaxId> taxId(TaxId.Kind taxIdKind) {
        return Optional.ofNullable(taxIds.get(taxIdKind));
    }

    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    @Override
    public EmployeeId owner() {
        return owner;
    }

    @Override
    public DepartmentId department() {
        return department;
    }

    public ClientStatus status() {
        return status;
    }

    public boolean isOffboarded() {
        return status == ClientStatus.OFFBOARDED;
    }

    /** Every status move, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Optional<Segment> segment() {
        return Optional.ofNullable(segment);
    }

    /** The tags, lower-case, in alphabetical order. */
    public SortedSet<String> tags() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    /** External keys by system name, in system order. */
    public SortedMap<String, ExternalId> externalIds() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(externalIds));
    }

    public Optional<ExternalId> externalId(String system) {
        return Optional.ofNullable(externalIds.get(system.strip().toLowerCase(Locale.ROOT)));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), kind, displayName, personName, legalName, Set.copyOf(taxIds.values()), address,
                owner, department, status, List.copyOf(history), segment, Set.copyOf(tags), Map.copyOf(externalIds),
                registeredAt);
    }

    /** Every field of a client, for storage and for comparing states in tests. */
    public record Snapshot(ClientId id, ClientKind kind, String displayName, PersonName personName,
                           String legalName, Set<TaxId> taxIds, Address address, EmployeeId owner,
                           DepartmentId department, ClientStatus status, List<StatusChange> history,
                           Segment segment, Set<String> tags, Map<String, ExternalId> externalIds,
                           Instant registeredAt) {
        public Snapshot {
            taxIds = Set.copyOf(taxIds);
            history = List.copyOf(history);
            tags = Set.copyOf(tags);
            externalIds = Map.copyOf(externalIds);
        }
    }

    private void requireNotOffboarded() {
        if (status == ClientStatus.OFFBOARDED) {
            throw new ClientAlreadyOffboarded(id());
        }
    }

    private void requireChangeable(Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        requireNotOffboarded();
    }

    private void requireMove(ClientStatus expected, ClientStatus target, Stamp stamp) {
        requireChangeable(stamp);
        if (status != expected) {
            throw new IllegalClientTransition(id(), status, target);
        }
    }

    private void moveTo(ClientStatus target, String reason, Stamp stamp) {
        history.add(new StatusChange(status, target, stamp.by(), stamp.at(), reason));
        this.status = target;
    }

    private static String requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
        return reason.strip();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("client.display-name-missing", "A client needs a display name, got '" + name + "'",
                    "Не указано отображаемое имя клиента, получено «" + name + "»");
        }
        return name.strip();
    }

    private static String normaliseTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidValue("client.tag-blank", "A tag needs text, got '" + tag + "'",
                    "Метка не может быть пустой, получено «" + tag + "»");
        }
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
