package org.crmkit.core.application.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        PersonName person = null;
        if (command.kind() == ClientKind.PERSON) {
            person = checks.parse("lastName", "", () -> PersonName.of(command.firstName(), command.middleName(),
                    command.lastName()));
        } else if (command.kind() == ClientKind.COMPANY && isBlank(command.legalName())) {
            checks.reject("legalName", "NotBlank", "a company needs its legal name",
                    "для организации нужно полное наименование");
        }
        ExternalId externalId = command.externalId() == null ? null : checks.parse("externalId",
                command.externalId(), () -> ExternalId.of(command.externalId().system(), command.externalId().key()));
        Segment segment = checks.parse("segment", command.segment(), () -> Segment.of(command.segment()));
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
            Client client = Client.onboard(ClientId.newId(), command.kind(), command.displayName(),
                    command.kind() == ClientKind.PERSON ? null : null, command.legalName(), List.of(), null,
                    owner.id(), owner.department(), stamp);
            return client.id();
        });
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
