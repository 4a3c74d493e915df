package org.crmkit.core.internal;

import java.util.Set;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.Resource;
import java.util.HashSet;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.client.Client;
import org.crmkit.core.interaction.Interaction;
import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;
import org.crmkit.core.contact.Contact;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.organisation.Department;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.EmployeeId;

/**
 * What access control sees of each aggregate. One place, so that the per-record check of the application and
 * the list filter of every adapter always look at the same facts.
 */
public final class ProtectedRecords {
    private ProtectedRecords() {
    }

    public static ProtectedRecord of(Client c) {
        return ProtectedRecord.of(Resource.CLIENT, c.id().value(), c);
    }

    public static ProtectedRecord of(Contact c) {
        return ProtectedRecord.of(Resource.CONTACT, c.id().value(), c);
    }

    public static ProtectedRecord of(Deal d) {
        return ProtectedRecord.of(Resource.DEAL, d.id().value(), d);
    }

    /** An employee record is owned by the employee, in their department. */
    public static ProtectedRecord of(Employee e) {
        return new ProtectedRecord(Resource.EMPLOYEE, e.id().value(), e.id(), e.department(), Set.of());
    }

    /** A department belongs to itself; its head counts as its owner. */
    public static ProtectedRecord of(Department d) {
        return new ProtectedRecord(Resource.DEPARTMENT, d.id().value(), d.head().orElse(EmployeeId.SYSTEM), d.id(),
                Set.of());
    }

    /** A claim is the assignee's (the registrar's until assigned); the registrar keeps seeing it. */
    public static ProtectedRecord of(Claim c) {
        return new ProtectedRecord(Resource.CLAIM, c.id().value(), c.owner(), c.department(),
                Set.of(c.registeredBy()));
    }

    /** A task is the assignee's; its creator and the people on its route are assigned to it too. */
    public static ProtectedRecord of(Task t) {
        Set<EmployeeId> assigned = new HashSet<>();
        assigned.add(t.creator());
        for (RouteStep step : t.route()) {
            assigned.add(step.responsible());
        }
        return new ProtectedRecord(Resource.TASK, t.id().value(), t.owner(), t.department(), assigned);
    }

    /**
     * A campaign is its planner's, in the planner's department. Campaigns are guarded as {@code campaign}.
     */
    public static ProtectedRecord of(org.crmkit.core.campaign.Campaign c) {
        return ProtectedRecord.of(CAMPAIGN, c.id().value(), c);
    }

    /** The resource name campaigns are guarded under. */
    public static final Resource CAMPAIGN = Resource.CAMPAIGN;

    /** An interaction is the logging employee's; the employees who took part in it are assigned to it. */
    public static ProtectedRecord of(Interaction i) {
        return new ProtectedRecord(Resource.INTERACTION, i.id().value(), i.owner(), i.department(),
                i.participants().employees());
    }
}
