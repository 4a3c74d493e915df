package org.crmkit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.crmkit.core.application.Crm;
import org.crmkit.core.application.deals.DealView;
import org.crmkit.core.deal.DealStatus;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void the_example_opens_a_deal_owned_by_the_employee_it_hired() {
        Crm crm = Crm.inMemory();

        DealView deal = EmbeddingExample.firstDeal(crm);

        assertThat(deal.status()).isEqualTo(DealStatus.OPEN);
        assertThat(deal.stage()).isEqualTo("lead");
        assertThat(deal.amount().amount()).isEqualByComparingTo(new BigDecimal("1200000"));
        assertThat(deal.amount().currency().getCurrencyCode()).isEqualTo("RUB");
        // The deal belongs to the hired sales manager, who can read it back; the client is hers too.
        var owner = crm.as(deal.owner());
        assertThat(owner.deals().get(deal.id()).title()).isEqualTo("Servers");
        assertThat(owner.clients().get(deal.client()).displayName()).isEqualTo("ООО «Ромашка»");
    }

    @Test
    void main_prints_the_deal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).strip()).isEqualTo("Servers: lead, 1200000.00 RUB");
    }
}
