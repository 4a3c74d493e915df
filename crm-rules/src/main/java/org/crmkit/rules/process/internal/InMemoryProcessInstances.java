package org.crmkit.rules.process.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.crmkit.core.shared.ConcurrentModification;
import org.crmkit.core.task.TaskId;
import org.crmkit.rules.process.runtime.ProcessInstance;
import org.crmkit.rules.process.runtime.ProcessInstanceId;
import org.crmkit.rules.process.runtime.ProcessInstances;
import org.crmkit.rules.process.runtime.SubjectRef;

/**
 * Process runs in memory, stored as immutable snapshots (never the live run), so a caller that changes a loaded
 * run and then fails changes nothing stored. The version check is atomic per run. Use
 * {@link ProcessInstances#inMemory()}; queries scan every run, which is what an embedded store of open work
 * can afford and a database adapter answers from an index.
 */
public final class InMemoryProcessInstances implements ProcessInstances {
    private record Row(ProcessInstance.Snapshot snapshot, long version) {
        ProcessInstance restore() {
            return ProcessInstance.restore(snapshot, version);
        }
    }

    private final ConcurrentHashMap<ProcessInstanceId, Row> rows = new ConcurrentHashMap<>();

    @Override
    public Optional<ProcessInstance> find(ProcessInstanceId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::restore);
    }

    @Override
    public void save(ProcessInstance run) {
        ProcessInstance.Snapshot state = run.snapshot();
        long expected = run.version();
        rows.compute(run.id(), (id, stored) -> {
            long actual = stored == null ? 0 : stored.version();
            if (actual != expected) {
                throw new ConcurrentModification(aggregateName(), id, expected, actual);
            }
            return new Row(state, expected + 1);
        });
    }

    @Override
    public Optional<ProcessInstance> waitingFor(TaskId task) {
        return rows.values().stream()
                .filter(row -> row.snapshot().assignments().values().stream().anyMatch(a -> a.task().equals(task)))
                .findFirst().map(Row::restore);
    }

    @Override
    public List<ProcessInstance> about(SubjectRef subject) {
        return rows.values().stream().filter(row -> row.snapshot().subject().equals(subject))
                .sorted(Comparator.comparing(row -> row.snapshot().id().value()))
                .map(Row::restore).toList();
    }
}
