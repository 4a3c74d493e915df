package org.crmkit.core.application.deals;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crmkit.core.client.ClientId;

/**
 * Open a deal with a client in a pipeline (the standard one when none is named), optionally with an amount and
 * an expected close date. The acting employee owns it.
 */
public record OpenDeal(
        @NotNull ClientId client,
        @NotBlank @Size(max = 300) String title,
        @Pattern(regexp = "[a-z][a-z0-9-]*") String pipeline,
        @DecimalMin("0") @Digits(integer = 15, fraction = 4) java.math.BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}") String currency,
        LocalDate expectedClose) {

    public static OpenDeal of(ClientId client, String title) {
        return new OpenDeal(client, title, null, null, null, null);
    }

    public OpenDeal worth(String amount, String currencyCode) {
        return new OpenDeal(client, title, pipeline, new java.math.BigDecimal(amount), currencyCode, expectedClose);
    }

    public OpenDeal inPipeline(String pipelineKey) {
        return new OpenDeal(client, title, pipelineKey, amount, currency, expectedClose);
    }

    public OpenDeal closingOn(LocalDate date) {
        return new OpenDeal(client, title, pipeline, amount, currency, date);
    }
}
