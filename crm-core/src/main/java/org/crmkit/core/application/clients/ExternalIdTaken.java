package org.crmkit.core.application.clients;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.client.ExternalId;
import org.crmkit.core.shared.DomainException;

/** The external key already belongs to another client: keys are unique per external system. */
public final class ExternalIdTaken extends DomainException {
    public ExternalIdTaken(ExternalId key, ClientId holder) {
        super("client.external-id-taken",
                "external id " + key.system() + ":" + key.key() + " already belongs to client " + holder,
                "внешний ключ " + key.system() + ":" + key.key() + " уже принадлежит клиенту " + holder);
    }
}
