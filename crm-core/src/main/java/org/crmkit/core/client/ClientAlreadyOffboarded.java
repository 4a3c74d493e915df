package org.crmkit.core.client;

import org.crmkit.core.shared.IllegalTransition;

/** An off-boarded client is final: it keeps its history, but no command may change it any more. */
public final class ClientAlreadyOffboarded extends IllegalTransition {
    public ClientAlreadyOffboarded(ClientId id) {
        super("client.offboarded",
                "Client " + id + " is off-boarded and cannot be changed",
                "Клиент " + id + " снят с обслуживания, изменения невозможны");
    }
}
