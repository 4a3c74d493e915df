package org.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.interaction.InteractionFixtures.AGENT;
import static org.crmkit.core.interaction.InteractionFixtures.CALL_CENTRE;
import static org.crmkit.core.interaction.InteractionFixtures.CLIENT;
import static org.crmkit.core.interaction.InteractionFixtures.CONTACT;
import static org.crmkit.core.interaction.InteractionFixtures.T0;
import static org.crmkit.core.interaction.InteractionFixtures.aCall;
import static org.crmkit.core.interaction.InteractionFixtures.at;

import java.time.Duration;

import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.deal.DealId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionTest {

    @Test
    void a_logged_interaction_belongs_to_the_client_and_to_whoever_logged_it() {
        Interaction call = aCall();

        assertThat(call.links().client()).isEqualTo(CLIENT);
        assertThat(call.links().contactId()).contains(CONTACT);
        assertThat(call.links().dealId()).isEmpty();
        assertThat(call.occurredAt()).isEqualTo(T0);
        assertThat(call.loggedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(call.owner()).isEqualTo(AGENT);
        assertThat(call.department()).isEqualTo(CALL_CENTRE);
        assertThat(call.participants().contacts()).containsExactly(CONTACT);
        assertThat(call.pendingEvents()).containsExactly(new InteractionLogged(call.id(), CLIENT,
                InteractionKind.CALL, T0, AGENT, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void a_meeting_about_a_deal_and_a_claim_links_both() {
        DealId deal = DealId.newId();
        ClaimId claim = ClaimId.newId();

        Interaction meeting = Interaction.log(InteractionId.newId(), InteractionKind.MEETING,
                InteractionChannel.SHOP, Direction.OUTBOUND, T0, null, "Agreed a discount for the broken vase",
                InteractionLinks.toClient(CLIENT).withDeal(deal).withClaim(claim), CALL_CENTRE, at(0));

        assertThat(meeting.links().dealId()).contains(deal);
        assertThat(meeting.links().claimId()).contains(claim);
        assertThat(meeting.participants()).isEqualTo(Participants.none());
    }

    @Test
    void an_interaction_is_logged_only_once_it_happened() {
        assertThatThrownBy(() -> Interaction.log(InteractionId.newId(), InteractionKind.NOTE,
                InteractionChannel.WEB, Direction.INTERNAL, T0.plus(Duration.ofMinutes(1)), null, "Planned",
                InteractionLinks.toClient(CLIENT), CALL_CENTRE, at(0)))
                .isInstanceOf(InteractionInTheFuture.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void an_interaction_needs_a_summary(String noSummary) {
        assertThatThrownBy(() -> Interaction.log(InteractionId.newId(), InteractionKind.NOTE,
                InteractionChannel.WEB, Direction.INTERNAL, T0, null, noSummary, InteractionLinks.toClient(CLIENT),
                CALL_CENTRE, at(0)))
                .isInstanceOfSatisfying(InvalidSummary.class,
                        e -> assertThat(e.code()).isEqualTo("interaction.summary-required"));
    }

    @Test
    void a_summary_has_at_most_4000_characters() {
        Interaction call = aCall();

        call.correctSummary("x".repeat(4000), at(100));

        assertThat(call.summary()).hasSize(4000);
        Interaction.Snapshot before = call.snapshot();
        assertThatThrownBy(() -> call.correctSummary("x".repeat(4001), at(101)))
                .isInstanceOfSatisfying(InvalidSummary.class, e -> {
                    assertThat(e.code()).isEqualTo("interaction.summary-too-long");
                    assertThat(e.messageRu()).contains("4000");
                });
        assertThat(call.snapshot()).isEqualTo(before);
    }

    @Test
    void a_corrected_summary_keeps_the_previous_one_in_the_event() {
        Interaction call = aCall();
        call.pullEvents();

        call.correctSummary("Asked when the refund will arrive", at(100));

        assertThat(call.summary()).isEqualTo("Asked when the refund will arrive");
        assertThat(call.pendingEvents()).containsExactly(new InteractionSummaryCorrected(call.id(),
                "Asked when the replacement will arrive", "Asked when the refund will arrive", AGENT,
                T0.plus(Duration.ofMinutes(100))));
    }

    @Test
    void an_interaction_always_belongs_to_a_client() {
        assertThatThrownBy(() -> new InteractionLinks(null, CONTACT, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_restored_interaction_has_the_same_state_and_no_events() {
        Interaction call = aCall();

        Interaction restored = Interaction.restore(call.snapshot(), 1);

        assertThat(restored.snapshot()).isEqualTo(call.snapshot());
        assertThat(restored.pendingEvents()).isEmpty();
    }
}
