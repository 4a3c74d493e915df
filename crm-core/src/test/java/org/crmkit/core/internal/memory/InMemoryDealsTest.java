package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.deal.DealFixtures.ACME;
import static org.crmkit.core.deal.DealFixtures.ALICE;
import static org.crmkit.core.deal.DealFixtures.BOB;
import static org.crmkit.core.deal.DealFixtures.KEY_ACCOUNTS;
import static org.crmkit.core.deal.DealFixtures.QUALIFICATION;
import static org.crmkit.core.deal.DealFixtures.SALES;
import static org.crmkit.core.deal.DealFixtures.at;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.deal.Deal;
import org.crmkit.core.deal.DealFixtures;
import org.crmkit.core.deal.DealId;
import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.StageGate;
import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.shared.RecordNotFound;
import org.junit.jupiter.api.Test;

class InMemoryDealsTest {
    private final InMemoryDeals deals = new InMemoryDeals();

    @Test
    void a_stored_deal_is_found_as_an_independent_copy() {
        Deal deal = DealFixtures.aDeal();
        deals.save(deal);

        Deal loaded = deals.get(deal.id());
        loaded.advanceTo(QUALIFICATION, Pipeline.standard(), StageGate.OPEN, at(1));

        assertThat(loaded.version()).isEqualTo(1);
        assertThat(deals.get(deal.id()).snapshot()).isEqualTo(deal.snapshot());
        assertThat(deals.get(deal.id()).pendingEvents()).isEmpty();
    }

    @Test
    void a_stale_copy_cannot_overwrite_a_newer_one() {
        Deal deal = DealFixtures.aDeal();
        deals.save(deal);
        Deal first = deals.get(deal.id());
        Deal second = deals.get(deal.id());
        first.reassign(BOB, KEY_ACCOUNTS, at(1));
        deals.save(first);

        second.reassign(ALICE, KEY_ACCOUNTS, at(2));

        assertThatThrownBy(() -> deals.save(second)).isInstanceOf(ConcurrentModification.class);
        assertThat(deals.get(deal.id()).owner()).isEqualTo(BOB);
    }

    @Test
    void deals_are_listed_by_client_and_owner_oldest_first() {
        ClientId other = ClientId.newId();
        Deal one = Deal.open(DealId.newId(), ACME, "One", Pipeline.standard(), ALICE, SALES, at(0));
        Deal two = Deal.open(DealId.newId(), other, "Two", Pipeline.standard(), BOB, SALES, at(1));
        Deal three = Deal.open(DealId.newId(), ACME, "Three", Pipeline.standard(), BOB, SALES, at(2));
        deals.save(three);
        deals.save(one);
        deals.save(two);

        assertThat(deals.ofClient(ACME)).extracting(Deal::title).containsExactly("One", "Three");
        assertThat(deals.ownedBy(BOB)).extracting(Deal::title).containsExactly("Two", "Three");
        assertThat(deals.all()).extracting(Deal::title).containsExactly("One", "Two", "Three");
    }

    @Test
    void a_missing_deal_is_reported_by_name() {
        assertThat(deals.find(DealId.newId())).isEmpty();
        assertThatThrownBy(() -> deals.get(DealId.newId())).isInstanceOf(RecordNotFound.class)
                .hasMessageStartingWith("Deal ");
    }
}
