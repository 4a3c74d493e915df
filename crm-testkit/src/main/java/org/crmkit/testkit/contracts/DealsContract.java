package org.crmkit.testkit.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.ProtectedRecord;
import org.crmkit.core.access.RecordFilter;
import org.crmkit.core.access.Resource;
import org.crmkit.core.application.Repositories;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.PipelineKey;
import org.crmkit.core.internal.ProtectedRecords;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Money;
import org.crmkit.core.shared.Page;
import org.crmkit.core.shared.PageRequest;
import org.crmkit.core.shared.Repository;
import org.junit.jupiter.api.Test;

/** The contract of the {@link org.crmkit.core.deal.Deals} port (and the standard pipeline it needs). */
public abstract class DealsContract extends ClientScopedRepositoryContract<Deal, DealId> {
    @Override
    protected Repository<Deal, DealId> repository(Repositories repositories) {
        return repositories.deals();
    }

    @Override
    protected Deal aNew(ClientId client, EmployeeId owner) {
        return Deal.open(DealId.newId(), client, "Pumps", stored().pipelines().standard(), owner,
                world.departmentOf(owner), world.next(owner));
    }

    @Override
    protected void change(Deal deal) {
        BigDecimal next = deal.amount().map(m -> m.amount().add(BigDecimal.ONE)).orElse(new BigDecimal("1000.50"));
        deal.changeAmount(Money.of(next, java.util.Currency.getInstance("RUB")), world.next(deal.owner()));
    }

    @Override
    protected Object stateOf(Deal deal) {
        return deal.snapshot();
    }

    @Override
    protected Page<Deal> list(RecordFilter filter, PageRequest page) {
        return stored().deals().list(filter, page);
    }

    @Override
    protected List<Deal> ofClient(ClientId client) {
        return stored().deals().ofClient(client);
    }

    @Override
    protected List<Deal> ofClient(ClientId client, RecordFilter filter) {
        return stored().deals().ofClient(client, filter);
    }

    @Override
    protected Comparator<Deal> clientOrder() {
        return Comparator.comparing(d -> d.id().value(), UNSIGNED);
    }

    @Override
    protected boolean belongsTo(Deal deal, ClientId client) {
        return deal.client().equals(client);
    }

    @Override
    protected ProtectedRecord record(Deal deal) {
        return ProtectedRecords.of(deal);
    }

    @Override
    protected Permission readPermission() {
        return Permission.of(Resource.DEAL, Action.READ);
    }

    @Override
    protected UUID key(DealId id) {
        return id.value();
    }

    @Test
    void the_standard_pipeline_is_registered() {
        assertThat(stored().pipelines().find(PipelineKey.DEFAULT)).isPresent();
        assertThat(stored().pipelines().all()).extracting(p -> p.key().value()).contains("default");
    }

    @Test
    void owned_by_and_all_are_ordered_by_id() {
        aSpreadOfRecords();

        assertThat(stored().deals().all()).hasSize(2 * world.employees().size())
                .extracting(d -> d.id().value()).isSortedAccordingTo(UNSIGNED);
        assertThat(stored().deals().ownedBy(world.yulia)).hasSize(2)
                .allSatisfy(d -> assertThat(d.owner()).isEqualTo(world.yulia));
    }
}
