package org.crmkit.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskStatus;
import org.crmkit.core.task.TaskStatusChange;
import org.crmkit.rules.quality.QualityCheck;
import org.crmkit.rules.quality.QualityStandard;
import org.crmkit.rules.quality.QualityStandards;

/**
 * Vostok's own quality standard, written the way a company adds one beside CRMKit's examples: every task due
 * within the period is done by its due time. A task due later is not judged yet; a cancelled one is not judged.
 * The task's current assignee answers for it (on a routed task, the last step's responsible).
 */
final class TasksDoneByDue {
    static final String ID = "tasks.done-by-due";

    private TasksDoneByDue() {
    }

    static QualityStandard standard() {
        return QualityStandards.standard(ID, "Every task due in the period is done by its due time",
                (data, period) -> {
                    List<QualityCheck> checks = new ArrayList<>();
                    for (Task task : data.tasks().all()) {
                        Instant due = task.due().orElse(null);
                        if (due == null || !period.contains(due) || task.status() == TaskStatus.CANCELLED) {
                            continue;
                        }
                        Optional<Instant> done = doneAt(task);
                        boolean onTime = done.isPresent() && !done.get().isAfter(due);
                        String note = onTime ? "" : done.map(at -> "done " + Formats.when(at) + ", due "
                                + Formats.when(due)).orElse("still " + task.status() + ", due " + Formats.when(due));
                        checks.add(new QualityCheck("Task", task.id().value(), task.owner(), task.department(),
                                onTime, note));
                    }
                    return checks;
                });
    }

    /** When the task was done, read off its status history. */
    static Optional<Instant> doneAt(Task task) {
        return task.history().stream().filter(change -> change.to() == TaskStatus.DONE)
                .map(TaskStatusChange::at).reduce((first, last) -> last);
    }
}
