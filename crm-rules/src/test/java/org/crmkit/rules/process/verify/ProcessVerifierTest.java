package org.crmkit.rules.process.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.crmkit.rules.process.Deadline;
import org.crmkit.rules.process.Effect;
import org.crmkit.rules.process.NodeId;
import org.crmkit.rules.process.ProcessCatalog;
import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.ProcessDefinitionBuilder;
import org.crmkit.rules.process.ProcessNode;
import org.crmkit.rules.process.Processes;
import org.junit.jupiter.api.Test;

class ProcessVerifierTest {

    private static VerificationReport verify(ProcessDefinitionBuilder builder) {
        return ProcessVerifier.verify(builder.build(), Processes.catalog());
    }

    private static Finding only(VerificationReport report, FindingCode code) {
        assertThat(report.findings(code)).as(report.toString()).hasSize(1);
        return report.findings(code).get(0);
    }

    @Test
    void a_well_formed_claim_process_is_sound_and_clean() {
        VerificationReport report = verify(Processes.claimHandling());

        assertThat(report.findings()).as(report.toString()).isEmpty();
        assertThat(report.isSound()).isTrue();
    }

    @Test
    void a_step_nobody_can_reach_is_reported() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("archive", "Archive", "support-agent", Deadline.businessDays(1), Effect.of("archived"))
                .flow("archive", "resolved"));

        Finding finding = only(report, FindingCode.UNREACHABLE);
        assertThat(finding.nodes()).containsExactly("archive");
        assertThat(finding.path()).isEmpty();
        assertThat(finding.messageRu()).contains("недостижим");
        assertThat(report.isSound()).isFalse();
    }

    @Test
    void a_step_with_no_way_on_is_a_dead_end_with_the_run_that_gets_stuck() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("escalate", "Escalate", "quality-lead", Deadline.businessDays(1), Effect.of("escalated"))
                .branch("valid", "unclear", "escalate"));

        Finding finding = only(report, FindingCode.DEAD_END);
        assertThat(finding.nodes()).containsExactly("escalate");
        assertThat(finding.path()).containsExactly("start", "register", "valid", "escalate");
    }

    @Test
    void a_cycle_with_no_exit_is_reported_with_the_run_into_it_and_around_it() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("ask", "Ask for documents", "support-agent", Deadline.businessDays(2), Effect.of("request sent"))
                .step("wait", "Receive documents", "support-agent", Deadline.businessDays(5), Effect.of("documents filed"))
                .branch("valid", "incomplete", "ask")
                .flow("ask", "wait")
                .flow("wait", "ask"));

        Finding finding = only(report, FindingCode.CLOSED_CYCLE);
        assertThat(finding.nodes()).containsExactly("ask", "wait");
        assertThat(finding.path()).containsExactly("start", "register", "valid", "ask", "wait", "ask");
        assertThat(report.has(FindingCode.DEAD_END)).isFalse();
    }

    @Test
    void a_loop_with_an_exit_is_fine() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("ask", "Ask for documents", "support-agent", Deadline.businessDays(2), Effect.of("request sent"))
                .branch("valid", "incomplete", "ask")
                .flow("ask", "register"));

        assertThat(report.findings()).as(report.toString()).isEmpty();
    }

    @Test
    void a_decision_without_an_otherwise_branch_is_reported() {
        ProcessDefinitionBuilder builder = ProcessDefinition.builder("claim-handling", 2)
                .goal("g").participants("support-agent")
                .start("start").decision("valid", "the claim is valid").end("yes").end("no")
                .flow("start", "valid").branch("valid", "approved", "yes").branch("valid", "rejected", "no");

        Finding finding = only(verify(builder), FindingCode.DECISION_WITHOUT_OTHERWISE);
        assertThat(finding.nodes()).containsExactly("valid");
        assertThat(finding.path()).containsExactly("start", "valid");
        assertThat(finding.messageEn()).contains("the claim is valid");
    }

    @Test
    void a_decision_with_a_single_branch_is_reported() {
        ProcessDefinitionBuilder builder = ProcessDefinition.builder("p", 1).goal("g")
                .start("start").decision("d", "c").end("end")
                .flow("start", "d").otherwise("d", "no", "end");

        Finding finding = only(verify(builder), FindingCode.DECISION_TOO_FEW_BRANCHES);
        assertThat(finding.path()).containsExactly("start", "d");
    }

    @Test
    void a_step_without_role_or_deadline_is_reported() {
        ProcessDefinitionBuilder builder = Processes.claimHandling()
                .node(new ProcessNode.Step(NodeId.of("call"), "Call the client", Optional.empty(), Optional.empty(),
                        Effect.of("client called")))
                .branch("valid", "call-first", "call")
                .flow("call", "notify");

        VerificationReport report = verify(builder);
        assertThat(only(report, FindingCode.STEP_WITHOUT_ROLE).path()).containsExactly("start", "register", "valid", "call");
        assertThat(only(report, FindingCode.STEP_WITHOUT_DEADLINE).nodes()).containsExactly("call");
    }

    @Test
    void a_role_outside_the_participants_is_reported() {
        ProcessDefinitionBuilder builder = Processes.claimHandling()
                .step("audit", "Audit", "auditor", Deadline.within(Duration.ofDays(1)), Effect.of("audited"))
                .branch("valid", "suspicious", "audit").flow("audit", "refused");

        Finding finding = only(verify(builder), FindingCode.ROLE_NOT_PARTICIPANT);
        assertThat(finding.nodes()).containsExactly("audit");
        assertThat(finding.path()).containsExactly("start", "register", "valid", "audit");
        assertThat(finding.messageEn()).contains("auditor");
    }

    @Test
    void a_subprocess_missing_from_the_catalog_is_reported_with_the_reference() {
        VerificationReport report = ProcessVerifier.verify(Processes.claimHandling().build(), ProcessCatalog.empty());

        Finding finding = only(report, FindingCode.SUBPROCESS_UNRESOLVED);
        assertThat(finding.nodes()).containsExactly("repair");
        assertThat(finding.path()).containsExactly("start", "register", "valid", "repair");
        assertThat(finding.referenceChain()).containsExactly("claim-handling", "claim-repair");
    }

    @Test
    void a_process_calling_itself_is_recursive() {
        ProcessDefinition self = ProcessDefinition.builder("loop", 1).goal("g")
                .start("start").subprocess("again", "loop").end("end")
                .flow("start", "again").flow("again", "end").build();

        Finding finding = only(ProcessVerifier.verify(self, ProcessCatalog.empty()), FindingCode.SUBPROCESS_RECURSIVE);
        assertThat(finding.referenceChain()).containsExactly("loop", "loop");
        assertThat(finding.path()).containsExactly("start", "again");
    }

    @Test
    void recursion_through_other_processes_is_reported_with_the_whole_chain() {
        ProcessDefinition repair = ProcessDefinition.builder("claim-repair", 2).goal("g")
                .start("start").subprocess("check", "quality-check").end("end")
                .flow("start", "check").flow("check", "end").build();
        ProcessDefinition check = ProcessDefinition.builder("quality-check", 1).goal("g")
                .start("start").subprocess("reclaim", "claim-handling").end("end")
                .flow("start", "reclaim").flow("reclaim", "end").build();

        VerificationReport report = ProcessVerifier.verify(Processes.claimHandling().build(), ProcessCatalog.of(repair, check));

        assertThat(only(report, FindingCode.SUBPROCESS_RECURSIVE).referenceChain())
                .containsExactly("claim-handling", "claim-repair", "quality-check", "claim-handling");
    }

    @Test
    void no_start_several_starts_and_no_end_are_reported() {
        ProcessDefinition none = ProcessDefinition.builder("p", 1).goal("g").participants("clerk")
                .step("a", "A", "clerk", Deadline.businessDays(1), Effect.of("a")).build();
        ProcessDefinition two = ProcessDefinition.builder("p", 1).goal("g")
                .start("s1").start("s2").end("end").flow("s1", "end").flow("s2", "end").build();

        VerificationReport noneReport = ProcessVerifier.verify(none, ProcessCatalog.empty());
        assertThat(noneReport.has(FindingCode.NO_START)).isTrue();
        assertThat(noneReport.has(FindingCode.NO_END)).isTrue();
        assertThat(only(ProcessVerifier.verify(two, ProcessCatalog.empty()), FindingCode.SEVERAL_STARTS).nodes())
                .containsExactly("s1", "s2");
    }

    @Test
    void a_step_without_effect_is_a_warning_not_an_error() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("wait", "Wait", "support-agent", Deadline.businessDays(1), Effect.NONE)
                .branch("valid", "later", "wait").flow("wait", "register"));

        assertThat(only(report, FindingCode.STEP_WITHOUT_EFFECT).path()).containsExactly("start", "register", "valid", "wait");
        assertThat(report.isSound()).isTrue();
        assertThat(report.warnings()).hasSize(1);
    }

    @Test
    void a_step_repeating_one_every_path_has_passed_is_a_duplicate() {
        ProcessDefinitionBuilder builder = Processes.claimHandling()
                .step("register-again", "Register the claim", "support-agent", Deadline.within(Duration.ofHours(4)),
                        Effect.of("claim registered", "claim record"))
                .branch("valid", "garbled", "register-again")
                .flow("register-again", "refused");

        Finding finding = only(verify(builder), FindingCode.DUPLICATE_STEP);
        assertThat(finding.nodes()).containsExactly("register", "register-again");
        assertThat(finding.path()).containsExactly("start", "register", "valid", "register-again");
    }

    @Test
    void the_same_step_on_two_alternative_branches_is_not_a_duplicate() {
        Effect effect = Effect.of("client informed", "letter");
        ProcessDefinitionBuilder builder = ProcessDefinition.builder("p", 1).goal("g").participants("agent")
                .start("start").decision("d", "c")
                .step("n1", "Notify", "agent", Deadline.businessDays(1), effect)
                .step("n2", "Notify", "agent", Deadline.businessDays(1), effect)
                .end("end")
                .flow("start", "d").branch("d", "yes", "n1").otherwise("d", "no", "n2")
                .flow("n1", "end").flow("n2", "end");

        assertThat(verify(builder).findings()).isEmpty();
    }

    @Test
    void a_process_over_the_threshold_is_advised_to_split() {
        VerificationReport report = ProcessVerifier.verify(Processes.claimHandling().build(), Processes.catalog(),
                VerifierSettings.DEFAULT.withSplitThreshold(2));

        Finding finding = only(report, FindingCode.PROCESS_TOO_LARGE);
        assertThat(finding.messageEn()).contains("3 steps");
        assertThat(finding.messageRu()).contains("подпроцессы");
        assertThat(report.isSound()).isTrue();
    }

    @Test
    void errors_come_before_warnings_and_the_report_can_be_required_sound() {
        VerificationReport report = verify(Processes.claimHandling()
                .step("wait", "Wait", "nobody-here", Deadline.businessDays(1), Effect.NONE)
                .branch("valid", "later", "wait").flow("wait", "register"));

        assertThat(report.findings()).extracting(Finding::code)
                .containsExactly(FindingCode.ROLE_NOT_PARTICIPANT, FindingCode.STEP_WITHOUT_EFFECT);
        assertThatThrownBy(report::requireSound)
                .isInstanceOf(UnsoundDefinition.class)
                .hasMessageContaining("nobody-here");
    }
}
