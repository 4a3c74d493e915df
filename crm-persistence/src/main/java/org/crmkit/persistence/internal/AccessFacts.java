package org.crmkit.persistence.internal;

import java.util.HashSet;
import java.util.Set;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.Client;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;

/**
 * What access control sees of each stored aggregate, for filters that cannot be translated into SQL. The same
 * facts as crm-core's {@code ProtectedRecords} (which sits in a package core does not export), and the same facts
 * {@link ScopedFilterSql} queries: owner, department, and the employees assigned to the record.
 */
final class AccessFacts {
    private AccessFacts() {
    }

    static ProtectedRecord of(Client c) {
        return ProtectedRecord.of(Resource.CLIENT, c.id().value(), c);
    }

    static ProtectedRecord of(Contact c) {
        return ProtectedRecord.of(Resource.CONTACT, c.id().value(), c);
    }

    static ProtectedRecord of(Deal d) {
        return ProtectedRecord.of(Resource.DEAL, d.id().value(), d);
    }

    static ProtectedRecord of(Claim c) {
        return new ProtectedRecord(Resource.CLAIM, c.id().value(), c.owner(), c.department(), Set.of(c.registeredBy()));
    }

    static ProtectedRecord of(Task t) {
        Set<EmployeeId> assigned = new HashSet<>();
        assigned.add(t.creator());
        for (RouteStep step : t.route()) {
            assigned.add(step.responsible());
        }
        return new ProtectedRecord(Resource.TASK, t.id().value(), t.owner(), t.department(), assigned);
    }

    static ProtectedRecord of(Interaction i) {
        return new ProtectedRecord(Resource.INTERACTION, i.id().value(), i.owner(), i.department(),
                i.participants().employees());
    }
}
