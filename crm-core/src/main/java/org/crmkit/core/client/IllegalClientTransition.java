package org.crmkit.core.client;

import org.crmkit.core.shared.IllegalTransition;

/** The client's lifecycle does not allow this move from its current status (e.g. suspending a prospect). */
public final class IllegalClientTransition extends IllegalTransition {
    public IllegalClientTransition(ClientId id, ClientStatus from, ClientStatus to) {
        super("client.transition-illegal", "Client", id, from, to);
    }
}
