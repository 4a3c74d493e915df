package org.crmkit.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crmkit.core.application.CrmSession;
import org.crmkit.core.application.claims.RegisterClaim;
import org.crmkit.core.application.clients.OnboardClient;
import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimChannel;
import org.crmkit.core.claim.ClaimId;
import org.crmkit.core.claim.ClaimStatus;
import org.crmkit.core.claim.Severity;
import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.GuardDecision;
import org.crmkit.core.shared.TransitionBlocked;
import org.junit.jupiter.api.Test;

class ClaimTransitionPolicyTest {
    private final TransitionPolicy<Claim, ClaimStatus> policy = TransitionPolicy.claims(
            AcmeWorld.resource("/pipelines/acme-claims.json"), AcmeWorld.ENGINE);
    private final AcmeWorld acme = new AcmeWorld(builder -> builder.claimGuard(policy::check));
    private final CrmSession support = acme.crm.system("support desk");
    private final ClientId client = acme.crm.as(acme.anna).clients().onboard(OnboardClient.company("ООО Ромашка", "7707083893"));

    private ClaimId claim(Severity severity) {
        return support.claims().register(RegisterClaim.of(client, ClaimChannel.EMAIL, "delivery", severity,
                "Late delivery", "The servers came two weeks late"));
    }

    @Test
    void a_claim_in_progress_cannot_be_rejected_in_acmes_process_though_the_lifecycle_allows_it() {
        ClaimId id = claim(Severity.LOW);
        support.claims().review(id);
        support.claims().assign(id, acme.anna);
        assertThat(support.claims().get(id).status()).isEqualTo(ClaimStatus.IN_PROGRESS);

        assertThatThrownBy(() -> support.claims().reject(id, "Not our fault"))
                .isInstanceOfSatisfying(TransitionBlocked.class, blocked -> {
                    assertThat(blocked.decision().violations()).extracting(GuardDecision.Violation::code)
                            .containsExactly("transition.not-allowed");
                    assertThat(blocked.getMessage()).contains("IN_PROGRESS -> REJECTED", "[WAITING, RESOLVED]");
                    assertThat(blocked.from()).isEqualTo(ClaimStatus.IN_PROGRESS);
                    assertThat(blocked.to()).isEqualTo(ClaimStatus.REJECTED);
                });
        assertThat(support.claims().get(id).status()).isEqualTo(ClaimStatus.IN_PROGRESS);
        assertThat(support.claims().get(id).rejectionReason()).isNull();
    }

    @Test
    void a_critical_claim_is_rejected_only_after_an_escalation_and_the_refusal_shows_the_trace() {
        ClaimId id = claim(Severity.CRITICAL);
        support.claims().review(id);

        assertThatThrownBy(() -> support.claims().reject(id, "Not our fault"))
                .isInstanceOfSatisfying(TransitionBlocked.class, blocked -> {
                    assertThat(blocked.decision().violations()).extracting(GuardDecision.Violation::code)
                            .containsExactly("claim.rejection-needs-escalation");
                    assertThat(blocked.decision().trace()).contains("acme:claim.critical-rejection-escalated",
                            "[escalationLevel = 0]", "[severity = CRITICAL]");
                    assertThat(blocked.messageRu()).contains("Критичное обращение отклоняется только после эскалации");
                });
        assertThat(support.claims().get(id).status()).isEqualTo(ClaimStatus.IN_REVIEW);

        support.claims().escalate(id, 1, "Customer threatens to leave");
        support.claims().reject(id, "Not our fault");
        assertThat(support.claims().get(id).status()).isEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void a_low_claim_follows_acmes_process_to_the_end() {
        ClaimId id = claim(Severity.LOW);
        support.claims().review(id);
        support.claims().reject(id, "Duplicate of an earlier claim");
        support.claims().close(id);

        assertThat(support.claims().get(id).status()).isEqualTo(ClaimStatus.CLOSED);
        assertThatThrownBy(() -> support.claims().reopen(id, "Customer insists"))
                .isInstanceOf(TransitionBlocked.class).hasMessageContaining("CLOSED -> REOPENED");
    }
}
