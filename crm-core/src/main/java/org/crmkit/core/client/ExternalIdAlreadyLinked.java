package org.crmkit.core.client;

import org.crmkit.core.shared.DomainException;

/**
 * The client already holds a different key in that external system: one client is one record there, so a
 * second key means a duplicate in the other system, which must be resolved there rather than hidden here.
 */
public final class ExternalIdAlreadyLinked extends DomainException {
    private final ExternalId linked;
    private final ExternalId requested;

    public ExternalIdAlreadyLinked(ClientId client, ExternalId linked, ExternalId requested) {
        super("client.external-id-already-linked",
                "Client " + client + " is already linked to " + linked + ", cannot link " + requested,
                "Клиент " + client + " уже связан с " + linked + ", связать с " + requested + " нельзя");
        this.linked = linked;
        this.requested = requested;
    }

    public ExternalId linked() {
        return linked;
    }

    public ExternalId requested() {
        return requested;
    }
}
