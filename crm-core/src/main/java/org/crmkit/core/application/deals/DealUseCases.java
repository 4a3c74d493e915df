package org.crmkit.core.application.deals;

import java.util.List;
import java.util.function.BiConsumer;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.internal.Checks;
import org.crmkit.core.application.internal.Redaction;
import org.crmkit.core.application.internal.SessionContext;
import org.crmkit.core.client.Client;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.contact.ContactId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealContactRole;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Deals;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.deal.Probability;
import org.crmkit.core.deal.Stage;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.deal.StageKey;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.organisation.Employee;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Stamp;

/** Sales: a deal from the first contact to won or lost, along the company's own pipeline and its gates. */
public final class DealUseCases {
    private static final Permission CREATE = Permission.of(Resource.DEAL, Action.CREATE);
    private static final Permission READ = Permission.of(Resource.DEAL, Action.READ);
    private static final Permission UPDATE = Permission.of(Resource.DEAL, Action.UPDATE);
    private static final Permission ASSIGN = Permission.of(Resource.DEAL, Action.ASSIGN);
    private static final Permission CLIENT_READ = Permission.of(Resource.CLIENT, Action.READ);

    private final SessionContext session;
    private final StageGate gate;

    public DealUseCases(SessionContext session, StageGate gate) {
        this.session = session;
        this.gate = gate;
    }

    public DealId open(OpenDeal command) {
        Checks checks = session.check(command);
        if ((command.amount() == null) != (command.currency() == null)) {
            checks.reject("currency", "deal.amount-needs-currency", "an amount needs its currency, and only then",
                    "сумма указывается вместе с валютой");
        }
        java.util.Currency currency = command.currency() == null ? null : knownCurrency(command.currency(), checks);
        Money amount = command.amount() == null || currency == null ? null
                : checks.parse("amount", command.amount(), () -> Money.of(command.amount(), currency));
        checks.throwIfAny();
        return session.run(() -> {
            Client client = session.repositories().clients().get(command.client());
            session.require(CREATE);
            session.require(CLIENT_READ, ProtectedRecords.of(client));
            Pipeline pipeline = pipeline(command.pipeline() == null ? PipelineKey.DEFAULT
                    : PipelineKey.of(command.pipeline()));
            Employee owner = session.responsibleFor(client);
            Stamp stamp = session.stamp();
            Deal deal = Deal.open(DealId.newId(), client.id(), command.title(), pipeline, owner.id(),
                    owner.department(), stamp);
            if (amount != null) {
                deal.changeAmount(amount, stamp);
            }
            if (command.expectedClose() != null) {
                deal.expectCloseOn(command.expectedClose(), stamp);
            }
            session.store(session.repositories().deals(), deal);
            return deal.id();
        });
    }

    /** Moves the deal to another open stage; a blocked gate throws {@code StageMoveBlocked} with its reasons. */
    public void advance(MoveDeal command) {
        session.validate(command);
        change(command.deal(), (deal, stamp) ->
                deal.advanceTo(StageKey.of(command.stage()), pipelineOf(deal), gate, stamp));
    }

    public void win(CloseDeal command) {
        session.validate(command);
        change(command.deal(), (deal, stamp) -> {
            Pipeline pipeline = pipelineOf(deal);
            deal.win(stageOrOnly(command.stage(), pipeline.wonStages()), pipeline, gate, stamp);
        });
    }

    public void lose(CloseDeal command) {
        session.validate(command);
        change(command.deal(), (deal, stamp) -> {
            Pipeline pipeline = pipelineOf(deal);
            deal.lose(stageOrOnly(command.stage(), pipeline.lostStages()), command.reason(), pipeline, gate, stamp);
        });
    }

    public void reopen(CloseDeal command) {
        session.validate(command);
        change(command.deal(), (deal, stamp) -> {
            Pipeline pipeline = pipelineOf(deal);
            StageKey stage = command.stage() == null ? pipeline.first().key() : StageKey.of(command.stage());
            deal.reopen(stage, command.reason(), pipeline, stamp);
        });
    }

    public void changeAmount(DealId id, Money amount) {
        change(id, (deal, stamp) -> deal.changeAmount(amount, stamp));
    }

    public void estimateProbability(DealId id, int percent) {
        change(id, (deal, stamp) -> deal.estimateProbability(Probability.of(percent), stamp));
    }

    /** Records a contact's part in the deal (decision maker, influencer, ...). */
    public void involve(DealId id, ContactId contact, DealContactRole role) {
        change(id, (deal, stamp) -> {
            session.repositories().contacts().get(contact);
            deal.involve(contact, role, stamp);
        });
    }

    /** Records the reference of the signed contract (a document number in the ERP or archive). */
    public void attachContract(DealId id, String reference) {
        change(id, (deal, stamp) -> deal.attachContract(reference, stamp));
    }

    public void reassign(DealId id, org.crmkit.core.shared.EmployeeId newOwner) {
        session.run(() -> {
            Deals deals = session.repositories().deals();
            Deal deal = deals.get(id);
            session.require(ASSIGN, ProtectedRecords.of(deal));
            Employee owner = session.repositories().employees().get(newOwner);
            owner.requireActive();
            deal.reassign(owner.id(), owner.department(), session.stamp());
            session.store(deals, deal);
        });
    }

    public DealView get(DealId id) {
        Deal deal = session.repositories().deals().get(id);
        session.require(READ, ProtectedRecords.of(deal));
        return view(deal, new Redaction(session.fields(Resource.DEAL)));
    }

    /** The deals this session may see, keyset-paged. */
    public Page<DealView> list(PageRequest page) {
        Redaction redaction = new Redaction(session.fields(Resource.DEAL));
        return session.repositories().deals().list(session.filter(READ), page).map(d -> view(d, redaction));
    }

    public List<DealView> ofClient(ClientId client) {
        Redaction redaction = new Redaction(session.fields(Resource.DEAL));
        return session.repositories().deals().ofClient(client, session.filter(READ)).stream()
                .map(d -> view(d, redaction)).toList();
    }

    private void change(DealId id, BiConsumer<Deal, Stamp> change) {
        session.change(session.repositories().deals(), id, UPDATE, ProtectedRecords::of, change);
    }

    private Pipeline pipelineOf(Deal deal) {
        return pipeline(deal.pipeline());
    }

    private Pipeline pipeline(PipelineKey key) {
        return session.repositories().pipelines().get(key);
    }

    /** The ISO 4217 currency of the code, or a violation: {@code Currency.getInstance} would throw a bare IAE. */
    private static java.util.Currency knownCurrency(String code, Checks checks) {
        try {
            return java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            checks.reject("currency", "deal.currency-unknown", "unknown currency code " + code,
                    "неизвестный код валюты " + code);
            return null;
        }
    }

    private static StageKey stageOrOnly(String stage, List<Stage> candidates) {
        if (stage != null) {
            return StageKey.of(stage);
        }
        // With several won (or lost) stages the caller must say which; the aggregate then names the problem.
        return candidates.get(0).key();
    }

    /** The view of a deal through a reader's field policy; used by every read path that shows deals. */
    public static DealView view(Deal d, Redaction r) {
        Money amount = d.amount().orElse(null);
        return new DealView(d.id(), d.client(), d.title(), d.pipeline().value(), d.stage().value(), d.status(),
                d.probability().percent(), r.moneyValue(amount), r.money(amount), d.expectedCloseOn().orElse(null),
                d.contacts(), d.lostReason().orElse(null), d.contractReference().orElse(null), d.owner(),
                d.department(), d.openedAt(), d.closedAt().orElse(null), d.history());
    }
}
