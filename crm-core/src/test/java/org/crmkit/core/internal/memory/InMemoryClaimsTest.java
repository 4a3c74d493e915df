package org.crmkit.core.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.core.claim.ClaimFixtures.aRegisteredClaimOf;
import static org.crmkit.core.claim.ClaimFixtures.at;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.ConcurrentModification;
import org.junit.jupiter.api.Test;

class InMemoryClaimsTest {
    private final InMemoryClaims claims = new InMemoryClaims();
    private final ClientId alpha = ClientId.newId();
    private final ClientId beta = ClientId.newId();

    @Test
    void claims_are_listed_per_client_and_open_in_registration_order() {
        Claim late = aRegisteredClaimOf(alpha, ClaimId.newId(), at(30));
        Claim early = aRegisteredClaimOf(alpha, ClaimId.newId(), at(10));
        Claim rejected = aRegisteredClaimOf(beta, ClaimId.newId(), at(20));
        rejected.review(at(21));
        rejected.reject("not our product", at(22));
        claims.save(late);
        claims.save(early);
        claims.save(rejected);

        assertThat(claims.ofClient(alpha)).extracting(Claim::id).containsExactly(early.id(), late.id());
        assertThat(claims.open()).extracting(Claim::id).containsExactly(early.id(), late.id());
        assertThat(claims.all()).extracting(Claim::id).containsExactly(early.id(), rejected.id(), late.id());
    }

    @Test
    void a_stored_claim_comes_back_with_the_same_state_and_a_stale_copy_is_refused() {
        Claim claim = aRegisteredClaimOf(alpha, ClaimId.newId(), at(0));
        claims.save(claim);
        Claim first = claims.get(claim.id());
        Claim second = claims.get(claim.id());

        first.review(at(10));
        claims.save(first);
        second.respond(at(11));

        assertThat(claims.get(claim.id()).snapshot()).isEqualTo(first.snapshot());
        assertThatThrownBy(() -> claims.save(second)).isInstanceOf(ConcurrentModification.class);
        assertThat(claims.aggregateName()).isEqualTo("Claim");
    }
}
