package org.crmkit.examples.embedding;

import java.util.Set;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** CRMKit embedded in a few lines: an in-memory CRM, one employee, a client and a deal opened as her. */
public final class EmbeddingExample {
    public static void main(String[] args) {
        DealView deal = firstDeal(Crm.inMemory());
        System.out.println(deal.title() + ": " + deal.stage() + ", " + deal.amountShown());
    }

    /** Sets up the company, then onboards a client and opens a deal as Anna; returns it as she sees it. */
    public static DealView firstDeal(Crm crm) {
        CrmSession setup = crm.system("initial set-up");           // trusted and audited
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.root("Sales"));
        EmployeeId anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova",
                "Sales manager", sales, Set.of("sales-manager")));

        CrmSession session = crm.as(anna);                          // every call checks Anna's rights
        ClientId client = session.clients().onboard(OnboardClient.company("ООО «Ромашка»", "7707083893"));
        DealId deal = session.deals().open(OpenDeal.of(client, "Servers").worth("1200000", "RUB"));
        return session.deals().get(deal);
    }

    private EmbeddingExample() {
    }
}
