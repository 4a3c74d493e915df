package org.crmkit.core.application.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A client's key in an external system (an ERP, another CRM), as a command gives it. */
public record ExternalKey(@NotBlank @Size(max = 50) String system, @NotBlank @Size(max = 200) String key) {
}
