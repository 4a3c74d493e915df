package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TransitionGraphVerifierTest {

    /** A sales pipeline where every open stage may be lost and moves towards won. */
    private static TransitionGraph.Builder<String> pipeline() {
        return TransitionGraph.<String>builder("sales")
                .states("lead", "qualified", "proposal", "won", "lost")
                .initial("lead")
                .terminal("won", "won")
                .terminal("lost", "lost")
                .transition("lead", "qualified", "lost")
                .transition("qualified", "proposal", "lost")
                .transition("proposal", "won", "lost", "qualified");
    }

    private static Finding only(VerificationReport report, FindingCode code) {
        assertThat(report.findings(code)).as(report.toString()).hasSize(1);
        return report.findings(code).get(0);
    }

    @Test
    void a_pipeline_where_every_open_stage_can_be_won_and_lost_is_sound() {
        VerificationReport report = TransitionGraphVerifier.verify(pipeline().build());

        assertThat(report.findings()).as(report.toString()).isEmpty();
    }

    @Test
    void a_stage_that_can_no_longer_be_lost_is_reported_with_the_run_to_it() {
        VerificationReport report = TransitionGraphVerifier.verify(pipeline()
                .states("contract").transition("proposal", "contract").transition("contract", "won").build());

        Finding finding = only(report, FindingCode.TERMINAL_UNREACHABLE);
        assertThat(finding.nodes()).containsExactly("contract");
        assertThat(finding.path()).containsExactly("lead", "qualified", "proposal", "contract");
        assertThat(finding.messageEn()).contains("[lost]");
    }

    @Test
    void an_open_stage_without_transitions_is_a_dead_end() {
        VerificationReport report = TransitionGraphVerifier.verify(pipeline()
                .states("on-hold").transition("qualified", "on-hold").build());

        Finding finding = only(report, FindingCode.DEAD_END);
        assertThat(finding.path()).containsExactly("lead", "qualified", "on-hold");
        assertThat(report.has(FindingCode.TERMINAL_UNREACHABLE)).isFalse();
    }

    @Test
    void open_stages_that_only_lead_to_each_other_are_a_closed_cycle() {
        VerificationReport report = TransitionGraphVerifier.verify(pipeline()
                .states("negotiation", "review")
                .transition("proposal", "negotiation")
                .transition("negotiation", "review").transition("review", "negotiation").build());

        Finding finding = only(report, FindingCode.CLOSED_CYCLE);
        assertThat(finding.nodes()).containsExactly("negotiation", "review");
        assertThat(finding.path()).containsExactly("lead", "qualified", "proposal", "negotiation", "review", "negotiation");
    }

    @Test
    void unreachable_and_undeclared_states_are_reported() {
        VerificationReport report = TransitionGraphVerifier.verify(pipeline()
                .states("dormant").transition("dormant", "lost", "won").transition("lead", "ghost").build());

        assertThat(only(report, FindingCode.UNREACHABLE).nodes()).containsExactly("dormant");
        assertThat(only(report, FindingCode.UNKNOWN_STATE).nodes()).containsExactly("ghost");
    }

    @Test
    void a_terminal_class_without_states_is_no_end() {
        VerificationReport report = TransitionGraphVerifier.verify(TransitionGraph.<String>builder("claims")
                .states("new", "resolved").initial("new").terminal("resolved", "resolved").terminal("rejected")
                .transition("new", "resolved").build());

        assertThat(only(report, FindingCode.NO_END).messageEn()).contains("rejected");
        assertThat(only(report, FindingCode.TERMINAL_UNREACHABLE).nodes()).containsExactly("new");
    }

    enum ClaimStatus { NEW, IN_WORK, RESOLVED, REJECTED }

    @Test
    void any_state_type_and_any_map_order_give_the_same_report() {
        Map<ClaimStatus, Set<ClaimStatus>> table = Map.of(
                ClaimStatus.NEW, Set.of(ClaimStatus.IN_WORK, ClaimStatus.REJECTED),
                ClaimStatus.IN_WORK, Set.of(ClaimStatus.RESOLVED));
        TransitionGraph<ClaimStatus> graph = TransitionGraph.<ClaimStatus>builder("claims")
                .states(ClaimStatus.values()).initial(ClaimStatus.NEW)
                .terminal("resolved", ClaimStatus.RESOLVED).terminal("rejected", ClaimStatus.REJECTED)
                .transitions(table).build();

        VerificationReport report = TransitionGraphVerifier.verify(graph);

        assertThat(only(report, FindingCode.TERMINAL_UNREACHABLE).path()).isEqualTo(List.of("NEW", "IN_WORK"));
        assertThat(TransitionGraphVerifier.verify(graph).findings()).isEqualTo(report.findings());
    }
}
