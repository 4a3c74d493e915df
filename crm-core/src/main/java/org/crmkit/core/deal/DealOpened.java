package org.crmkit.core.deal;

import java.time.Instant;

import org.crmkit.core.client.ClientId;
import org.crmkit.core.shared.DepartmentId;
import org.crmkit.core.shared.EmployeeId;

/** A deal was opened for a client and entered the first stage of its pipeline. */
public record DealOpened(DealId deal, ClientId client, String title, PipelineKey pipeline, StageKey stage,
                         EmployeeId owner, DepartmentId department, EmployeeId actor,
                         Instant occurredAt) implements DealEvent {
}
