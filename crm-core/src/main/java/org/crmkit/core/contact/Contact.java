package org.crmkit.core.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;

/**
 * A person the business talks to on behalf of one or more clients: how to reach them, which channel they
 * prefer, and what they have consented to. It is always linked to at least one client, and its consent
 * history is append-only evidence.
 *
 * <p>Set-like commands whose outcome already holds (adding a channel it has, linking a client it is linked
 * to, removing what is not there) change nothing and raise no event. Removing the preferred channel clears the
 * preference (and says so with {@link PreferredChannelChanged}) rather than refusing: a number that stopped
 * working must be removable without first choosing a new favourite.
 */
public final class Contact extends AggregateRoot<ContactId> implements Accountable {
    private final PersonName name;
    private final Set<ClientId> clients;
    private final String position;
    private final List<Channel> channels;
    private Channel preferredChannel;
    private final List<ConsentRecord> consents;
    private EmployeeId owner;
    private DepartmentId department;
    private final Instant addedAt;

    private Contact(Snapshot s, long version) {
        super(s.id(), version);
        this.name = Objects.requireNonNull(s.name(), "name");
        this.clients = new LinkedHashSet<>(s.clients());
        this.position = s.position() == null || s.position().isBlank() ? null : s.position().strip();
        this.channels = new ArrayList<>(s.channels());
        this.preferredChannel = s.preferredChannel();
        this.consents = new ArrayList<>(s.consents());
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.addedAt = Objects.requireNonNull(s.addedAt(), "addedAt");
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("a contact is linked to at least one client");
        }
        if (Set.copyOf(channels).size() != channels.size()) {
            throw new IllegalArgumentException("a contact holds each channel once");
        }
        if (preferredChannel != null && !channels.contains(preferredChannel)) {
            throw new IllegalArgumentException("the preferred channel is one of the contact's channels");
        }
    }

    /** Adds a contact person of a client; {@code position} (job title) may be null. */
    public static Contact add(ContactId id, PersonName name, ClientId client, String position, EmployeeId owner,
                              DepartmentId department, Stamp stamp) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(stamp, "stamp");
        Contact contact = new Contact(new Snapshot(id, name, Set.of(client), position, List.of(), null, List.of(),
                owner, department, stamp.at()), 0);
        contact.raise(new ContactAdded(id, name, client, owner, department, stamp.by(), stamp.at()));
        return contact;
    }

    /** Rebuilds a stored contact without raising events. */
    public static Contact restore(Snapshot s, long version) {
        return new Contact(s, version);
    }

    public void linkTo(ClientId client, Stamp stamp) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(stamp, "stamp");
        if (clients.add(client)) {
            raise(new ContactLinkedToClient(id(), client, stamp.by(), stamp.at()));
        }
    }

    /** Unlinks the contact from a client; refuses with {@link ContactMustKeepAClient} for the last one. */
    public void unlinkFrom(ClientId client, Stamp stamp) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(stamp, "stamp");
        if (!clients.contains(client)) {
            return;
        }
        if (clients.size() == 1) {
            throw new ContactMustKeepAClient(id(), client);
        }
        clients.remove(client);
        raise(new ContactUnlinkedFromClient(id(), client, stamp.by(), stamp.at()));
    }

    public void addChannel(Channel channel, Stamp stamp) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stamp, "stamp");
        if (channels.contains(channel)) {
            return;
        }
        channels.add(channel);
        raise(new ContactChannelAdded(id(), channel, stamp.by(), stamp.at()));
    }

    /** Removes a channel; if it was the preferred one, the contact is left with no preference. */
    public void removeChannel(Channel channel, Stamp stamp) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stamp, "stamp");
        if (!channels.remove(channel)) {
            return;
        }
        raise(new ContactChannelRemoved(id(), channel, stamp.by(), stamp.at()));
        if (channel.equals(preferredChannel)) {
            preferredChannel = null;
            raise(new PreferredChannelChanged(id(), channel, null, stamp.by(), stamp.at()));
        }
    }

    /** Makes one of the contact's channels the one to use first; throws {@link ChannelNotOnContact} otherwise. */
    public void preferChannel(Channel channel, Stamp stamp) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stamp, "stamp");
        if (!channels.contains(channel)) {
            throw new ChannelNotOnContact(id(), channel);
        }
        if (channel.equals(preferredChannel)) {
            return;
        }
        Channel previous = preferredChannel;
        preferredChannel = channel;
        raise(new PreferredChannelChanged(id(), previous, channel, stamp.by(), stamp.at()));
    }

    /**
     * Records that the contact gave consent. Giving it again while in force is still recorded: a renewed
     * consent (say, on paper after a web form) is evidence in its own right.
     */
    public void giveConsent(ConsentPurpose purpose, String source, Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        ConsentRecord record = new ConsentRecord(purpose, true, stamp.at(), source, stamp.by());
        consents.add(record);
        raise(new ConsentGiven(id(), purpose, record.source(), stamp.by(), stamp.at()));
    }

    /** Records that the contact withdrew a consent in force; throws {@link ConsentNotGiven} if none is. */
    public void withdrawConsent(ConsentPurpose purpose, String source, Stamp stamp) {
        Objects.requireNonNull(stamp, "stamp");
        ConsentRecord record = new ConsentRecord(purpose, false, stamp.at(), source, stamp.by());
        if (!hasConsent(purpose)) {
            throw new ConsentNotGiven(id(), purpose);
        }
        consents.add(record);
        raise(new ConsentWithdrawn(id(), purpose, record.source(), stamp.by(), stamp.at()));
    }

    public void reassignOwner(EmployeeId newOwner, DepartmentId newDepartment, Stamp stamp) {
        Objects.requireNonNull(newOwner, "owner");
        Objects.requireNonNull(newDepartment, "department");
        Objects.requireNonNull(stamp, "stamp");
        if (newOwner.equals(owner) && newDepartment.equals(department)) {
            return;
        }
        EmployeeId previous = owner;
        this.owner = newOwner;
        this.department = newDepartment;
        raise(new ContactOwnerChanged(id(), previous, newOwner, newDepartment, stamp.by(), stamp.at()));
    }

    /** Whether the latest word of the contact on this purpose is "yes". */
    public boolean hasConsent(ConsentPurpose purpose) {
        return latestConsent(purpose).map(ConsentRecord::given).orElse(false);
    }

    public Optional<ConsentRecord> latestConsent(ConsentPurpose purpose) {
        for (int i = consents.size() - 1; i >= 0; i--) {
            if (consents.get(i).purpose() == purpose) {
                return Optional.of(consents.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every consent given or withdrawn, oldest first. */
    public List<ConsentRecord> consents() {
        return List.copyOf(consents);
    }

    public PersonName name() {
        return name;
    }

    /** The clients the contact speaks for, in the order they were linked; never empty. */
    public Set<ClientId> clients() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(clients));
    }

    public boolean isLinkedTo(ClientId client) {
        return clients.contains(client);
    }

    /** The job title. */
    public Optional<String> position() {
        return Optional.ofNullable(position);
    }

    /** The channels, in the order they were added. */
    public List<Channel> channels() {
        return List.copyOf(channels);
    }

    public Optional<Channel> preferredChannel() {
        return Optional.ofNullable(preferredChannel);
    }

    @Override
    public EmployeeId owner() {
        return owner;
    }

    @Override
    public DepartmentId department() {
        return department;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), name, clients, position, channels, preferredChannel, consents, owner, department,
                addedAt);
    }

    /**
     * Every field of a contact, for storage and for comparing states in tests ({@code clients} keeps link
     * order for display; equality, as for any set, ignores it).
     */
    public record Snapshot(ContactId id, PersonName name, Set<ClientId> clients, String position,
                           List<Channel> channels, Channel preferredChannel, List<ConsentRecord> consents,
                           EmployeeId owner, DepartmentId department, Instant addedAt) {
        public Snapshot {
            clients = Collections.unmodifiableSet(new LinkedHashSet<>(clients));
            channels = List.copyOf(channels);
            consents = List.copyOf(consents);
        }
    }
}
