package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.rules.Conditions.field;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The content hash is taken a chunk at a time; it must still be the SHA-256 of the whole canonical form. */
class ContentHashTest {
    @Test
    void the_hash_of_a_large_set_is_the_sha256_of_its_canonical_form() throws Exception {
        RuleSetBuilder<TestDeal> builder = RuleSet.builder("crmkit:deal.many", TestDeal.SCHEMA);
        for (int i = 0; i < 400; i++) {
            builder.add(Rule.define("crmkit:deal.rule-" + i).on(Trigger.onChange("amount"))
                    .when(field("amount").gt(MoneyValue.of(String.valueOf(1_000 + i), "RUB")))
                    .then(new Effect.Violation("deal.rule-" + i, "amount", "Rule " + i + " \u2014 \"quoted\"",
                            "Правило " + i + " отклоняет сделку 😀"))
                    .build());
        }
        RuleSet<TestDeal> set = builder.build();
        String canonical = set.canonicalForm();
        byte[] whole = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(canonical.length()).as("several chunks").isGreaterThan(100_000);
        assertThat(set.contentHash()).isEqualTo(HexFormat.of().formatHex(whole));
    }

    @Test
    void texts_in_the_canonical_form_are_escaped_as_jackson_escapes_them() throws Exception {
        String description = "a \"quoted\" \\ text\non two lines\t\u0001, «ёлки» and 😀";
        RuleSet<TestDeal> set = RuleSet.builder("crmkit:deal.escaping", TestDeal.SCHEMA)
                .add(Rule.define("crmkit:deal.escaped").description(description).on(Trigger.onCreate())
                        .then(new Effect.Violation("deal.escaped", null, "en", "ru")).build())
                .build();

        assertThat(set.canonicalForm()).contains(new ObjectMapper().writeValueAsString(description));
    }

    @Test
    void the_hash_encodes_every_kind_of_character_as_utf8() throws Exception {
        String description = "ascii, \u00DF (2 bytes), \u2014 (3 bytes), \uD83D\uDE00 (a pair), a lone \uD800 and \uDC00";
        RuleSet<TestDeal> set = RuleSet.builder("crmkit:deal.utf8", TestDeal.SCHEMA)
                .add(Rule.define("crmkit:deal.utf8").description(description).on(Trigger.onCreate())
                        .then(new Effect.Violation("deal.utf8", null, "en", "ru")).build())
                .build();
        byte[] whole = MessageDigest.getInstance("SHA-256")
                .digest(set.canonicalForm().getBytes(StandardCharsets.UTF_8));

        assertThat(set.contentHash()).isEqualTo(HexFormat.of().formatHex(whole));
    }
}
