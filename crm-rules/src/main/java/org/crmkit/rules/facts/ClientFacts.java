package org.crmkit.rules.facts;

import java.util.function.Function;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientKind;
import org.crmkit.core.client.ClientStatus;
import org.crmkit.core.shared.TaxId;
import org.crmkit.rules.FactSchema;
import org.crmkit.rules.FactType;

/** What rules may read about a client ({@code client}): kind, status, segment, tags, owner, tax ids, address. */
public final class ClientFacts {
    public static final FactSchema<Client> SCHEMA = into(FactSchema.builder("client", Client.class),
            Function.identity(), "").build();

    private ClientFacts() {
    }

    /** Declares the client fields on another schema, each name prefixed; a null client makes every one absent. */
    static <T> FactSchema.Builder<T> into(FactSchema.Builder<T> b, Function<T, Client> client, String prefix) {
        Function<Function<Client, Object>, Function<T, Object>> of = read -> fact -> {
            Client c = client.apply(fact);
            return c == null ? null : read.apply(c);
        };
        return b.enumeration(prefix + "kind", FactType.enumOf(ClientKind.class),
                        fact -> (String) of.apply(c -> c.kind().name()).apply(fact))
                .enumeration(prefix + "status", FactType.enumOf(ClientStatus.class),
                        fact -> (String) of.apply(c -> c.status().name()).apply(fact))
                .string(prefix + "segment", fact -> (String) of.apply(c -> c.segment().map(s -> s.value()).orElse(null))
                        .apply(fact))
                .list(prefix + "tags", FactType.STRING, fact -> {
                    Client c = client.apply(fact);
                    return c == null ? java.util.List.of() : c.tags();
                })
                .list(prefix + "taxIds", FactType.enumOf(TaxId.Kind.class), fact -> {
                    Client c = client.apply(fact);
                    return c == null ? java.util.List.of() : c.taxIds().stream().map(t -> t.kind().name()).toList();
                })
                .string(prefix + "displayName", fact -> (String) of.apply(Client::displayName).apply(fact))
                .string(prefix + "owner", fact -> (String) of.apply(c -> c.owner().value().toString()).apply(fact))
                .string(prefix + "department", fact -> (String) of.apply(c -> c.department().value().toString()).apply(fact))
                .string(prefix + "city", fact -> (String) of.apply(c -> c.address().map(a -> a.city()).orElse(null)).apply(fact))
                .string(prefix + "country", fact -> (String) of.apply(c -> c.address().map(a -> a.country()).orElse(null))
                        .apply(fact))
                .instant(prefix + "registeredAt", fact -> (java.time.Instant) of.apply(Client::registeredAt).apply(fact));
    }
}
