package org.crmkit.core.application.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.Clients;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.client.Segment;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.Stamp;
import org.crmkit.core.shared.TaxId;

/** The client base: onboarding, running the relationship (suspend, reactivate, reassign) and off-boarding. */
public final class ClientUseCases {
    private static final Permission CREATE = Permission.of(Resource.CLIENT, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.CLIENT, Action.READ);
    private static final Permission UPDATE = Permission.of(Resource.CLIENT, Action.UPDATE);
    private static final Permission ASSIGN = Permission.of(Resource.CLIENT, Action.ASSIGN);

    private final SessionContext session;

    public ClientUseCases(SessionContext session) {
        this.session = session;
    }

    /** Takes on a new client as a PROSPECT; every problem of the command is reported at once. */
    public ClientId onboard(OnboardClient command) {
        Checks checks = session.check(command);
        List<TaxId> taxIds = new ArrayList<>();
        addIfPresent(taxIds, checks.parse("inn", command.inn(), () -> TaxId.inn(command.inn())));
        addIfPresent(taxIds, checks.parse("kpp", command.kpp(), () -> TaxId.kpp(command.kpp())));
        addIfPresent(taxIds, checks.parse("ogrn", command.ogrn(), () -> command.kind() == ClientKind.PERSON
                ? TaxId.ogrnip(command.ogrn()) : TaxId.ogrn(command.ogrn())));
        PersonName person = command.kind() != ClientKind.PERSON ? null
                : checks.parse("lastName", "", () -> PersonName.of(command.firstName(), command.middleName(),
                command.lastName()));
        if (command.kind() == ClientKind.COMPANY && isBlank(command.legalName())) {
            checks.reject("legalName", "NotBlank", "a company needs its legal name",
                    "для организации нужно полное наименование");
        }
        ExternalId externalId = command.externalId() == null ? null : checks.parse("externalId",
                command.externalId(), () -> ExternalId.of(command.externalId().system(), command.externalId().key()));
        Segment segment = checks.parse("segment", command.segment(), () -> Segment.of(command.segment()));
        if (session.isSystem() && command.owner() == null) {
            // A trusted job is nobody's employee: without a named owner the client would belong to no one.
            checks.reject("owner", "NotNull", "a client onboarded by a system job needs a named owner",
                    "клиенту, заведённому системным заданием, нужен ответственный сотрудник");
        }
        checks.throwIfAny();

        return session.run(() -> {
            Employee owner = command.owner() == null
                    ? session.repositories().employees().get(session.actor().employee())
                    : session.repositories().employees().get(command.owner());
            owner.requireActive();
            session.require(CREATE);
            if (!owner.id().equals(session.actor().employee())) {
                session.require(ASSIGN);
            }
            Clients clients = session.repositories().clients();
            if (externalId != null) {
                clients.findByExternalId(externalId).ifPresent(holder -> {
                    throw new ExternalIdTaken(externalId, holder.id());
                });
            }
            Stamp stamp = session.stamp();
            Client client = Client.onboard(ClientId.newId(), command.kind(), command.displayName(), person,
                    command.legalName(), taxIds, null, owner.id(), owner.department(), stamp);
            if (segment != null) {
                client.changeSegment(segment, stamp);
            }
            if (command.tags() != null) {
                command.tags().stream().sorted().forEach(tag -> client.tag(tag, stamp));
            }
            if (externalId != null) {
                client.linkExternalId(externalId, stamp);
            }
            session.store(clients, client);
            return client.id();
        });
    }

    /** PROSPECT → ACTIVE: the first contract is signed. */
    public void activate(ClientId id) {
        change(id, (client, stamp) -> client.activate(stamp));
    }

    public void suspend(ChangeClientStatus command) {
        session.validate(command);
        change(command.client(), (client, stamp) -> client.suspend(command.reason(), stamp));
    }

    public void reactivate(ChangeClientStatus command) {
        session.validate(command);
        change(command.client(), (client, stamp) -> client.reactivate(command.reason(), stamp));
    }

    /** Takes the client off service; the history stays, nothing is deleted. */
    public void offboard(ChangeClientStatus command) {
        session.validate(command);
        change(command.client(), (client, stamp) -> client.offboard(command.reason(), stamp));
    }

    public void tag(ClientId id, String tag) {
        change(id, (client, stamp) -> client.tag(tag, stamp));
    }

    /** Links the client to its key in an external system; the key must not belong to another client. */
    public void linkExternalId(ClientId id, ExternalKey key) {
        session.validate(key);
        ExternalId externalId = ExternalId.of(key.system(), key.key());
        change(id, (client, stamp) -> {
            session.repositories().clients().findByExternalId(externalId)
                    .filter(holder -> !holder.id().equals(id))
                    .ifPresent(holder -> {
                        throw new ExternalIdTaken(externalId, holder.id());
                    });
            client.linkExternalId(externalId, stamp);
        });
    }

    /** Hands the client to another employee: needs the right to assign, and the new owner must be active. */
    public void reassign(ReassignClient command) {
        session.validate(command);
        session.run(() -> {
            Clients clients = session.repositories().clients();
            Client client = clients.get(command.client());
            session.require(ASSIGN, ProtectedRecords.of(client));
            Employee owner = session.repositories().employees().get(command.newOwner());
            owner.requireActive();
            client.reassignOwner(owner.id(), owner.department(), session.stamp());
            session.store(clients, client);
        });
    }

    /** One client as this session may see it. */
    public ClientView get(ClientId id) {
        Client client = session.repositories().clients().get(id);
        Decision decision = session.require(READ, ProtectedRecords.of(client));
        FieldPolicy fields = session.fields(Resource.CLIENT);
        if (client.kind() == ClientKind.PERSON) {
            session.personalDataRead(READ, id.value(), decision, fields);
        }
        return view(client, new Redaction(fields));
    }

    /** The clients this session may see, keyset-paged by id. */
    public Page<ClientView> list(PageRequest page) {
        Redaction redaction = new Redaction(session.fields(Resource.CLIENT));
        return session.repositories().clients().list(session.filter(READ), page).map(c -> view(c, redaction));
    }

    private void change(ClientId id, BiConsumer<Client, Stamp> change) {
        session.change(session.repositories().clients(), id, UPDATE, ProtectedRecords::of, change);
    }

    static ClientView view(Client c, Redaction r) {
        boolean person = c.kind() == ClientKind.PERSON;
        Map<String, String> taxIds = new LinkedHashMap<>();
        for (TaxId id : c.taxIds()) {
            String value = person ? r.personal(id.value(), v -> "***" + v.substring(v.length() - 2)) : id.value();
            if (value != null) {
                taxIds.put(id.kind().name(), value);
            }
        }
        Map<String, String> external = new LinkedHashMap<>();
        c.externalIds().forEach((system, key) -> external.put(system, key.key()));
        String display = person ? r.personName(c.displayName()) : c.displayName();
        String address = c.address().map(a -> person ? r.personalText(a.oneLine()) : a.oneLine()).orElse(null);
        return new ClientView(c.id(), c.kind(), display, c.legalName().orElse(null),
                c.personName().map(n -> r.personName(n.full())).orElse(null), Map.copyOf(taxIds), address,
                c.status(), c.segment().map(Segment::value).orElse(null), Set.copyOf(c.tags()),
                Map.copyOf(external), c.owner(), c.department(), c.registeredAt(), c.history());
    }

    private static void addIfPresent(List<TaxId> ids, TaxId id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
