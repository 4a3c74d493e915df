package org.crmkit.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;

import org.crmkit.core.access.StandardRoles;
import org.crmkit.core.application.Crm;
import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.application.contacts.AddContact;
import org.crmkit.core.application.deals.MoveDeal;
import org.crmkit.core.application.deals.OpenDeal;
import org.crmkit.core.application.organisation.CreateDepartment;
import org.crmkit.core.application.organisation.HireEmployee;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.GateViolation;
import org.crmkit.core.deal.StageMoveBlocked;
import org.crmkit.core.internal.memory.InMemoryPipelines;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.rules.pipeline.CompanyPipelines;
import org.crmkit.rules.pipeline.PipelinesJson;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.json.ProcessJson;
import org.crmkit.rules.process.verify.Finding;
import org.crmkit.rules.process.verify.ProcessVerifier;
import org.crmkit.rules.process.verify.VerificationReport;

/**
 * The company "as it really works": Vostok's own pipelines loaded from JSON, with a stage gate that blocks a
 * move and explains why, and its claim-handling process, which the verifier first rejects (with the paths that
 * show each defect) and then accepts once it is fixed.
 */
final class CompanyRulesShowcase {
    private final PrintStream out;
    private final Clock clock;

    CompanyRulesShowcase(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void run() {
        out.println();
        out.println("== THE COMPANY'S OWN PIPELINE: a stage gate at work");
        pipelineWithGate();
        out.println();
        out.println("== THE COMPANY'S CLAIM PROCESS: verified before it runs");
        processVerifiedBeforeItRuns();
    }

    private void pipelineWithGate() {
        CompanyPipelines pipelines = PipelinesJson.read(resource("vostok-pipelines.json"));
        InMemoryPipelines registry = new InMemoryPipelines();
        pipelines.registerInto(registry::register);
        Repositories base = Repositories.inMemory();
        Repositories repositories = new Repositories(base.clients(), base.contacts(), base.deals(), registry,
                base.claims(), base.tasks(), base.interactions(), base.employees(), base.departments());
        Crm crm = Crm.builder().clock(clock).repositories(repositories).stageGate(pipelines.gate()).build();

        CrmSession setup = crm.system("pipeline showcase setup");
        DepartmentId sales = setup.organisation().createDepartment(CreateDepartment.root("Sales"));
        EmployeeId anna = setup.organisation().hire(new HireEmployee("Anna", null, "Smirnova", "Sales manager",
                sales, Set.of(StandardRoles.SALES_MANAGER_NAME.value())));
        CrmSession session = crm.as(anna);
        ClientId client = session.clients().onboard(OnboardClient.company("ООО «Полярная звезда»", "7707083893"));
        ContactId buyer = session.contacts().add(AddContact.of(client, "Pavel", "Sokolov", "Head of IT"));
        DealId deal = session.deals().open(OpenDeal.of(client, "Data centre refit").inPipeline("new-business"));
        session.deals().advance(new MoveDeal(deal, "qualification"));
        session.deals().involve(deal, buyer, DealContactRole.INFLUENCER);
        out.println("  Pipelines of " + pipelines.company() + ": " + pipelines.all().stream()
                .map(p -> p.key().value()).toList() + "; deal 'Data centre refit' is in new-business/qualification");
        out.println("  Anna moves it to 'proposal' with no amount and only an influencer among its contacts:");
        try {
            session.deals().advance(new MoveDeal(deal, "proposal"));
            out.println("  !! the gate let it through");
        } catch (StageMoveBlocked blocked) {
            out.println("  StageMoveBlocked " + blocked.from().value() + " -> " + blocked.to().value() + ":");
            for (GateViolation v : blocked.decision().violations()) {
                out.println("    - [" + v.code() + "] " + v.messageEn());
                out.println("      " + v.messageRu());
            }
            out.println("  Why (the gate's trace):");
            blocked.decision().trace().lines().forEach(line -> out.println("    " + line));
        }
        session.deals().changeAmount(deal, Money.of("4800000", "RUB"));
        session.deals().involve(deal, buyer, DealContactRole.DECISION_MAKER);
        session.deals().advance(new MoveDeal(deal, "proposal"));
        var view = session.deals().get(deal);
        out.println("  With the amount entered and Pavel Sokolov named decision maker, the move passes: now at '"
                + view.stage() + "', probability " + view.probabilityPercent() + "%");
    }

    private void processVerifiedBeforeItRuns() {
        ProcessDefinition draft = ProcessJson.read(resource("claim-handling-draft.json"));
        VerificationReport first = ProcessVerifier.verify(draft, ProcessCatalog.empty());
        out.println("  Draft '" + draft.key() + "' v" + draft.version() + ": "
                + (first.isSound() ? "accepted" : "REJECTED with " + first.errors().size() + " error(s)"));
        for (Finding finding : first.findings()) {
            out.println("    - " + finding.severity() + " " + finding.code().code() + " at " + finding.nodes() + ": "
                    + finding.messageEn());
            if (!finding.path().isEmpty()) {
                out.println("      path: " + String.join(" -> ", finding.path()));
            }
        }
        ProcessDefinition fixed = ProcessJson.read(resource("claim-handling.json"));
        VerificationReport second = ProcessVerifier.verify(fixed, ProcessCatalog.empty());
        out.println("  Fixed '" + fixed.key() + "' v" + fixed.version() + " (a deadline for every step, an 'otherwise'"
                + " branch for every decision, no loop without a way out): "
                + (second.isSound() ? "accepted" : "REJECTED") + ", " + second.warnings().size() + " warning(s)");
    }

    private static String resource(String name) {
        try (InputStream in = CompanyRulesShowcase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
