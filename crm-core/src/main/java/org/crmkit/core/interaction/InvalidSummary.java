package org.crmkit.core.interaction;

import org.crmkit.core.shared.DomainException;

/** An interaction's summary is required and at most {@value Interaction#MAX_SUMMARY} characters long. */
public final class InvalidSummary extends DomainException {
    private InvalidSummary(String code, String messageEn, String messageRu) {
        super(code, messageEn, messageRu);
    }

    public static InvalidSummary missing() {
        return new InvalidSummary("interaction.summary-required",
                "An interaction needs a summary", "Для взаимодействия нужно краткое содержание");
    }

    public static InvalidSummary tooLong(int length) {
        return new InvalidSummary("interaction.summary-too-long",
                "An interaction summary has at most " + Interaction.MAX_SUMMARY + " characters, not " + length,
                "Краткое содержание — не более " + Interaction.MAX_SUMMARY + " символов, а не " + length);
    }
}
