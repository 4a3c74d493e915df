package org.crmkit.core.application.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crmkit.core.contact.ConsentPurpose;
import org.crmkit.core.contact.ContactId;

/** A consent given or withdrawn for a purpose, and where it came from (web form, paper, call). */
public record RecordConsent(@NotNull ContactId contact, @NotNull ConsentPurpose purpose,
                            @NotBlank @Size(max = 100) String source) {
}
