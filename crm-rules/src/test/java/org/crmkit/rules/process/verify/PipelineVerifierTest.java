package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.core.deal.Pipeline;
import org.crmkit.core.deal.PipelineKey;
import org.junit.jupiter.api.Test;

class PipelineVerifierTest {

    @Test
    void the_standard_pipeline_is_sound() {
        VerificationReport report = PipelineVerifier.verify(Pipeline.standard());

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.subject()).isEqualTo("state machine pipeline default");
    }

    @Test
    void a_stage_from_which_a_deal_can_only_be_won_is_reported_with_the_stages_leading_there() {
        Pipeline pipeline = Pipeline.builder(PipelineKey.of("renewals"), "Renewals")
                .open("offer", "Offer", 50)
                .open("signing", "Signing", 90)
                .won("won", "Won")
                .lost("lost", "Lost")
                .transition("offer", "signing").transition("offer", "lost")
                .transition("signing", "won")
                .build();

        VerificationReport report = PipelineVerifier.verify(pipeline);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TERMINAL_UNREACHABLE);
            assertThat(f.path()).containsExactly("offer", "signing");
            assertThat(f.messageEn()).contains("[lost]");
        });
    }
}
