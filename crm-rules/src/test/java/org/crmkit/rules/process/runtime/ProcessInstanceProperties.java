package org.crmkit.rules.process.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.crmkit.core.organisation.RoleName;
import org.crmkit.core.shared.EmployeeId;
import org.crmkit.core.shared.Stamp;
import org.crmkit.rules.process.Flow;
import org.crmkit.rules.process.NodeKind;
import org.crmkit.rules.process.Outcome;
import org.crmkit.rules.process.ProcessArbitraries;
import org.crmkit.rules.process.ProcessDefinition;

class ProcessInstanceProperties {
    private static final Stamp STAMP = Stamp.of(EmployeeId.newId(), Instant.parse("2026-11-23T10:00:00Z"));

    @Provide
    Arbitrary<ProcessDefinition> wellFormed() {
        return ProcessArbitraries.wellFormed();
    }

    @Property(tries = 200)
    void a_run_where_no_condition_is_ever_met_finishes_at_an_end(@ForAll("wellFormed") ProcessDefinition process) {
        ProcessEnvironment environment = ProcessEnvironment.of(ProcessArbitraries.catalog())
                .withDecisions((subject, key, decision) -> Optional.of(Outcome.of("not-met")));
        ProcessInstance run = ProcessInstance.create(ProcessInstanceId.newId(), process,
                SubjectRef.deal(UUID.randomUUID()), environment.catalog());

        List<WorkItem> work = run.start(STAMP, environment);
        int completions = 0;
        while (!work.isEmpty()) {
            WorkItem item = work.get(0);
            assertThat(work).hasSize(1);
            assertThat(ProcessArbitraries.ROLES).contains(item.responsible().value());
            assertThat(item.due()).isAfter(STAMP.at());
            assertThat(run.currentNodes()).last().isEqualTo(item.step());
            work = run.completeStep(item.step(), STAMP, environment);
            assertThat(++completions).isLessThanOrEqualTo(process.nodes().size());
        }
        assertThat(run.isFinished()).isTrue();
        assertThat(process.node(run.endReached().orElseThrow()).orElseThrow().kind()).isEqualTo(NodeKind.END);
        assertThat(run.history().get(run.history().size() - 1).kind()).isEqualTo(ProcessHistoryEntry.Kind.ENDED);
    }

    @Property(tries = 200)
    void a_run_with_random_decisions_only_ever_hands_out_the_step_it_waits_for(
            @ForAll("wellFormed") ProcessDefinition process, @ForAll long seed) {
        Random random = new Random(seed);
        ProcessEnvironment environment = ProcessEnvironment.of(ProcessArbitraries.catalog())
                .withDecisions((subject, key, decision) -> {
                    List<Flow> branches = key.equals(process.key()) ? process.outgoing(decision.id()) : List.of();
                    return branches.isEmpty() ? Optional.empty()
                            : branches.get(random.nextInt(branches.size())).outcome();
                });
        ProcessInstance run = ProcessInstance.create(ProcessInstanceId.newId(), process,
                SubjectRef.client(UUID.randomUUID()), environment.catalog());

        List<WorkItem> work = run.start(STAMP, environment);
        for (int i = 0; i < 50 && !work.isEmpty(); i++) {
            WorkItem item = work.get(0);
            assertThat(run.openWorkItems()).isEqualTo(work);
            assertThat(allRoles()).contains(item.responsible());
            int before = run.history().size();
            // Go on with a run rebuilt from its stored form: a stored run must continue exactly as the live one.
            ProcessInstance stored = ProcessInstance.restore(run.snapshot(), i);
            assertThat(stored.snapshot()).isEqualTo(run.snapshot());
            run = stored;
            work = run.completeStep(item.step(), STAMP, environment);
            assertThat(run.history().size()).isGreaterThan(before);
        }
        assertThat(run.isFinished()).isEqualTo(work.isEmpty());
    }

    private static List<RoleName> allRoles() {
        return ProcessArbitraries.ROLES.stream().map(RoleName::of).toList();
    }
}
