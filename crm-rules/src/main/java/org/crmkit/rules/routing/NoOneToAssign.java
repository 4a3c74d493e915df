package org.crmkit.rules.routing;

import org.crmkit.core.shared.DomainException;

/** Neither the matching rule nor the fallback found an active employee for a request. */
public final class NoOneToAssign extends DomainException {
    public NoOneToAssign(RoutingRequest request, String tried) {
        super("routing.no-one", "Nobody available to take '" + request.kind() + "' (tried " + tried + ")",
                "Некому поручить «" + request.kind() + "» (проверено: " + tried + ")");
    }
}
