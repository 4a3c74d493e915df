package org.crmkit.core.application.deals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crmkit.core.deal.DealId;

/** Move an open deal to another open stage of its pipeline; the pipeline's gate is consulted. */
public record MoveDeal(@NotNull DealId deal, @NotNull @Pattern(regexp = "[a-z][a-z0-9-]*") String stage) {
}
