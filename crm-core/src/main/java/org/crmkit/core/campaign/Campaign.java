package org.crmkit.core.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.client.Segment;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.shared.Accountable;
import org.crmkit.core.shared.AggregateRoot;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.ReasonRequired;
import org.crmkit.core.shared.Stamp;

/**
 * A marketing campaign: its name, channel, period, budget and target segment; the clients and contacts it
 * reached and how far each went (invited → responded → converted, or opted out); and the deals credited to it.
 *
 * <p>Lifecycle: PLANNED → RUNNING → FINISHED, or CANCELLED from PLANNED or RUNNING. Members are invited while the
 * campaign is planned or running; responses are recorded while it runs and after it finished (answers come
 * late), never on a cancelled campaign. Deals are attributed here rather than on the deal (see
 * {@link DealAttribution}); attributing the same deal twice changes nothing. Every command checks all its rules
 * before it changes anything.
 */
public final class Campaign extends AggregateRoot<CampaignId> implements Accountable {
    private final String name;
    private final CampaignChannel channel;
    private final CampaignPeriod period;
    private Money budget;
    private final Segment targetSegment;
    private CampaignStatus status;
    private final EmployeeId owner;
    private final DepartmentId department;
    private final Instant plannedAt;
    private String cancellationReason;
    private final Map<Recipient, CampaignMember> members = new LinkedHashMap<>();
    private final List<DealAttribution> attributions;

    private Campaign(Snapshot s, long version) {
        super(s.id(), version);
        this.name = requireText(s.name());
        this.channel = Objects.requireNonNull(s.channel(), "channel");
        this.period = Objects.requireNonNull(s.period(), "period");
        this.budget = requireBudget(s.budget());
        this.targetSegment = s.targetSegment();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.owner = Objects.requireNonNull(s.owner(), "owner");
        this.department = Objects.requireNonNull(s.department(), "department");
        this.plannedAt = Objects.requireNonNull(s.plannedAt(), "plannedAt");
        this.cancellationReason = s.cancellationReason();
        s.members().forEach(m -> members.put(m.recipient(), m));
        this.attributions = new ArrayList<>(s.attributions());
    }

    /**
     * Plans a campaign; the planner's department owns it.
     *
     * @param targetSegment the market segment it aims at, or null for everyone
     */
    public static Campaign plan(CampaignId id, String name, CampaignChannel channel, CampaignPeriod period,
                                Money budget, Segment targetSegment, EmployeeId owner, DepartmentId department,
                                Stamp stamp) {
        Campaign campaign = new Campaign(new Snapshot(id, name, channel, period, budget, targetSegment,
                CampaignStatus.PLANNED, owner, department, stamp.at(), null, List.of(), List.of()), 0);
        campaign.raise(new CampaignPlanned(id, campaign.name, channel, period, budget, stamp.by(), stamp.at()));
        return campaign;
    }

    /** Rebuilds a stored campaign; raises no events. */
    public static Campaign restore(Snapshot s, long version) {
        return new Campaign(s, version);
    }

    public void start(Stamp stamp) {
        requireStatus(CampaignStatus.RUNNING, CampaignStatus.PLANNED);
        status = CampaignStatus.RUNNING;
        raise(new CampaignStarted(id(), stamp.by(), stamp.at()));
    }

    public void finish(Stamp stamp) {
        requireStatus(CampaignStatus.FINISHED, CampaignStatus.RUNNING);
        status = CampaignStatus.FINISHED;
        raise(new CampaignFinished(id(), stamp.by(), stamp.at()));
    }

    public void cancel(String reason, Stamp stamp) {
        requireStatus(CampaignStatus.CANCELLED, CampaignStatus.PLANNED, CampaignStatus.RUNNING);
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired("cancel a campaign");
        }
        status = CampaignStatus.CANCELLED;
        cancellationReason = reason.strip();
        raise(new CampaignCancelled(id(), cancellationReason, stamp.by(), stamp.at()));
    }

    /** Changes the budget before the campaign is over; a budget is never negative. */
    public void changeBudget(Money newBudget, Stamp stamp) {
        requireBudget(newBudget);
        if (status.isOver()) {
            throw new IllegalCampaignTransition(id(), status, "change its budget", "менять бюджет");
        }
        if (!newBudget.currency().equals(budget.currency())) {
            throw new org.crmkit.core.shared.CurrencyMismatch(budget.currency(), newBudget.currency());
        }
        if (newBudget.equals(budget)) {
            return;
        }
        Money previous = budget;
        budget = newBudget;
        raise(new CampaignBudgetChanged(id(), previous, newBudget, stamp.by(), stamp.at()));
    }

    /** Adds a recipient to the audience as INVITED; inviting a member again changes nothing. */
    public void invite(Recipient recipient, Stamp stamp) {
        Objects.requireNonNull(recipient, "recipient");
        if (status.isOver()) {
            throw new IllegalCampaignTransition(id(), status, "invite members", "приглашать участников");
        }
        if (members.containsKey(recipient)) {
            return;
        }
        members.put(recipient, new CampaignMember(recipient, ResponseStatus.INVITED, stamp.at(), stamp.at()));
        raise(new CampaignMemberInvited(id(), recipient, stamp.by(), stamp.at()));
    }

    /**
     * Records how far a member went. Moves only forward ({@link ResponseStatus#mayMoveTo}); recording the
     * status the member already has changes nothing.
     */
    public void recordResponse(Recipient recipient, ResponseStatus response, Stamp stamp) {
        Objects.requireNonNull(response, "response");
        if (status == CampaignStatus.PLANNED || status == CampaignStatus.CANCELLED) {
            throw new IllegalCampaignTransition(id(), status, "record responses", "записывать отклики");
        }
        CampaignMember member = members.get(recipient);
        if (member == null) {
            throw new NotACampaignMember(id(), recipient);
        }
        if (member.status() == response) {
            return;
        }
        if (!member.status().mayMoveTo(response)) {
            throw new ResponseCannotGoBack(id(), recipient, member.status(), response);
        }
        members.put(recipient, new CampaignMember(recipient, response, member.invitedAt(), stamp.at()));
        raise(new CampaignMemberResponded(id(), recipient, member.status(), response, stamp.by(), stamp.at()));
    }

    /** Credits a deal to this campaign; a cancelled campaign earns nothing, a deal is credited once. */
    public void attributeDeal(DealId deal, Stamp stamp) {
        Objects.requireNonNull(deal, "deal");
        if (status == CampaignStatus.CANCELLED) {
            throw new IllegalCampaignTransition(id(), status, "be credited with deals", "получать сделки");
        }
        if (attributions.stream().anyMatch(a -> a.deal().equals(deal))) {
            return;
        }
        attributions.add(new DealAttribution(deal, stamp.by(), stamp.at()));
        raise(new DealAttributedToCampaign(id(), deal, stamp.by(), stamp.at()));
    }

    public String name() {
        return name;
    }

    public CampaignChannel channel() {
        return channel;
    }

    public CampaignPeriod period() {
        return period;
    }

    public Money budget() {
        return budget;
    }

    public Optional<Segment> targetSegment() {
        return Optional.ofNullable(targetSegment);
    }

    public CampaignStatus status() {
        return status;
    }

    @Override
    public EmployeeId owner() {
        return owner;
    }

    @Override
    public DepartmentId department() {
        return department;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    /** The members in the order they were invited. */
    public List<CampaignMember> members() {
        return List.copyOf(members.values());
    }

    public Optional<CampaignMember> member(Recipient recipient) {
        return Optional.ofNullable(members.get(recipient));
    }

    /** The deals credited to the campaign, oldest attribution first. */
    public List<DealAttribution> attributions() {
        return List.copyOf(attributions);
    }

    public boolean isAttributed(DealId deal) {
        return attributions.stream().anyMatch(a -> a.deal().equals(deal));
    }

    public Snapshot snapshot() {
        return new Snapshot(id(), name, channel, period, budget, targetSegment, status, owner, department, plannedAt,
                cancellationReason, members(), attributions);
    }

    /** Every field of a campaign, for storage and for comparing states in tests. */
    public record Snapshot(CampaignId id, String name, CampaignChannel channel, CampaignPeriod period, Money budget,
                           Segment targetSegment, CampaignStatus status, EmployeeId owner, DepartmentId department,
                           Instant plannedAt, String cancellationReason, List<CampaignMember> members,
                           List<DealAttribution> attributions) {
        public Snapshot {
            members = List.copyOf(members);
            attributions = List.copyOf(attributions);
        }
    }

    private void requireStatus(CampaignStatus target, CampaignStatus... allowedFrom) {
        for (CampaignStatus allowed : allowedFrom) {
            if (status == allowed) {
                return;
            }
        }
        throw new IllegalCampaignTransition(id(), status, target);
    }

    private static Money requireBudget(Money budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) {
            throw new NegativeCampaignBudget(budget);
        }
        return budget;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a name");
        }
        return text.strip();
    }
}
