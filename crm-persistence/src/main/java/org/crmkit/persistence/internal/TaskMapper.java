package org.crmkit.persistence.internal;

import org.crmkit.core.task.RouteStep;
import org.crmkit.core.task.Task;
import org.crmkit.core.task.TaskLink;
import org.crmkit.persistence.internal.TaskRow.LinkColumns;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Tasks between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface TaskMapper {
    Task.Snapshot toSnapshot(TaskRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Task.Snapshot snapshot, @MappingTarget TaskRow row);

    // isDone() is derived, not stored.
    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.IGNORE)
    TaskRow.RouteStepColumns columns(RouteStep step);

    default LinkColumns columns(TaskLink link) {
        TaskLink l = link == null ? TaskLink.none() : link;
        return new LinkColumns(l.client() == null ? null : l.client().value(),
                l.deal() == null ? null : l.deal().value(), l.claim() == null ? null : l.claim().value());
    }

    // Hibernate reads an embedded value whose columns are all null as null: that is the link to nothing.
    default TaskLink link(LinkColumns c) {
        if (c == null) {
            return TaskLink.none();
        }
        ValueMappings v = new ValueMappings();
        return new TaskLink(v.clientId(c.client()), v.dealId(c.deal()), v.claimId(c.claim()));
    }
}
