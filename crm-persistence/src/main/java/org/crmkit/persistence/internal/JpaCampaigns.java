package org.crmkit.persistence.internal;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.campaign.Campaign;
import org.crmkit.core.campaign.CampaignChannel;
import org.crmkit.core.campaign.CampaignId;
import org.crmkit.core.campaign.CampaignMember;
import org.crmkit.core.campaign.CampaignPeriod;
import org.crmkit.core.campaign.CampaignStatus;
import org.crmkit.core.campaign.Campaigns;
import org.crmkit.core.campaign.DealAttribution;
import org.crmkit.core.campaign.Recipient;
import org.crmkit.core.campaign.ResponseStatus;
import org.crmkit.core.client.Segment;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;

/**
 * {@link Campaigns} on crm_campaigns and its member and attribution tables. Mapped by hand rather than by MapStruct:
 * the campaign's value types (period, channel, recipient) are flattened into columns here in a few lines.
 */
final class JpaCampaigns extends JpaRepository<Campaign, CampaignId, Campaign.Snapshot, CampaignRow>
        implements Campaigns {

    JpaCampaigns(UnitOfWork work, Clock clock) {
        super(work, clock, CampaignRow.class, "crm_campaigns", new ScopedFilterSql(ProtectedRecords.CAMPAIGN, null));
    }

    @Override UUID key(CampaignId id) { return id.value(); }
    @Override Campaign.Snapshot snapshot(Campaign a) { return a.snapshot(); }
    @Override Campaign restore(Campaign.Snapshot s, long version) { return Campaign.restore(s, version); }
    @Override CampaignRow newRow() { return new CampaignRow(); }
    @Override ProtectedRecord facts(Campaign a) { return ProtectedRecords.of(a); }

    @Override
    Campaign.Snapshot toSnapshot(CampaignRow r) {
        List<CampaignMember> members = r.members.stream().map(m -> new CampaignMember(
                new Recipient(Recipient.Kind.valueOf(m.kind()), m.recipient()), ResponseStatus.valueOf(m.status()),
                m.invitedAt(), m.statusSince())).toList();
        List<DealAttribution> attributions = r.attributions.stream()
                .map(a -> new DealAttribution(new DealId(a.deal()), new EmployeeId(a.by()), a.at())).toList();
        return new Campaign.Snapshot(new CampaignId(r.id), r.name, CampaignChannel.of(r.channel),
                CampaignPeriod.of(r.startsOn, r.endsOn), Money.of(r.budgetAmount, Currency.getInstance(r.budgetCurrency)),
                r.targetSegment == null ? null : new Segment(r.targetSegment), CampaignStatus.valueOf(r.status),
                new EmployeeId(r.owner), new DepartmentId(r.department), r.plannedAt, r.cancellationReason, members,
                attributions);
    }

    @Override
    void write(Campaign.Snapshot s, CampaignRow r) {
        r.id = s.id().value();
        r.name = s.name();
        r.channel = s.channel().value();
        r.startsOn = s.period().start();
        r.endsOn = s.period().end();
        r.budgetAmount = s.budget().amount();
        r.budgetCurrency = s.budget().currency().getCurrencyCode();
        r.targetSegment = s.targetSegment() == null ? null : s.targetSegment().value();
        r.status = s.status().name();
        r.owner = s.owner().value();
        r.department = s.department().value();
        r.plannedAt = s.plannedAt();
        r.cancellationReason = s.cancellationReason();
        r.members.clear();
        s.members().forEach(m -> r.members.add(new CampaignRow.MemberColumns(m.recipient().kind().name(),
                m.recipient().id(), m.status().name(), m.invitedAt(), m.statusSince())));
        r.attributions.clear();
        s.attributions().forEach(a -> r.attributions.add(
                new CampaignRow.AttributionColumns(a.deal().value(), a.by().value(), a.at())));
    }

    @Override
    public List<Campaign> all() {
        return select("order by r.id");
    }

    @Override
    public List<Campaign> creditedWith(DealId deal) {
        return select("where exists (select 1 from r.attributions a where a.deal = :deal) order by r.id",
                "deal", deal.value());
    }

    @Override
    public Page<Campaign> list(RecordFilter filter, PageRequest page) {
        return page(filter, page);
    }
}
