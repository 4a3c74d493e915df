package org.crmkit.core.client;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.shared.PersonName;
import org.crmkit.core.shared.TaxId;

/** Which names and tax ids each kind of client carries, under Russian registration rules. */
final class IdentityRules {
    // A legal entity is registered with a 10-digit INN, KPP and OGRN; a person with a 12-digit INN and, as a
    // sole trader, OGRNIP. Anything else is a data-entry mix-up that would break matching with the ERP later.
    private static final Map<ClientKind, Set<TaxId.Kind>> ALLOWED = Map.of(
            ClientKind.COMPANY, Set.of(TaxId.Kind.INN_LEGAL, TaxId.Kind.KPP, TaxId.Kind.OGRN),
            ClientKind.PERSON, Set.of(TaxId.Kind.INN_PERSON, TaxId.Kind.OGRNIP));

    private IdentityRules() {
    }

    static void requireNames(ClientKind kind, PersonName personName, String legalName) {
        boolean hasLegalName = legalName != null && !legalName.isBlank();
        if (kind == ClientKind.COMPANY && (!hasLegalName || personName != null)) {
            throw new InvalidClientIdentity("A company client needs a legal name and no person's name",
                    "Клиенту-организации нужно юридическое наименование, а не ФИО");
        }
        if (kind == ClientKind.PERSON && (personName == null || legalName != null)) {
            throw new InvalidClientIdentity("A person client needs a person's name and no legal name",
                    "Клиенту — физическому лицу нужно ФИО, а не юридическое наименование");
        }
    }

    static void requireApplicable(ClientKind kind, TaxId taxId) {
        if (!ALLOWED.get(kind).contains(taxId.kind())) {
            throw new InvalidClientIdentity("A " + kind + " client has no " + taxId.kind() + " (" + taxId + ")",
                    "У клиента вида " + kind + " не бывает " + taxId.kind() + " (" + taxId + ")");
        }
    }

    /** The tax ids keyed by kind, refusing two of one kind: a client has one INN, one OGRN. */
    static Map<TaxId.Kind, TaxId> byKind(ClientKind kind, Collection<TaxId> taxIds) {
        Map<TaxId.Kind, TaxId> result = new EnumMap<>(TaxId.Kind.class);
        for (TaxId taxId : taxIds) {
            requireApplicable(kind, taxId);
            if (result.put(taxId.kind(), taxId) != null) {
                throw new InvalidClientIdentity("A client has one " + taxId.kind() + ", two were given",
                        "У клиента один " + taxId.kind() + ", указано два");
            }
        }
        return result;
    }
}
