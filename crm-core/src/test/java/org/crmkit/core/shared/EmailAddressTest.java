package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void the_address_is_trimmed_and_its_domain_lower_cased_but_not_its_local_part() {
        EmailAddress email = EmailAddress.of("  Ivan.Petrov@Example.RU ");

        assertThat(email.value()).isEqualTo("Ivan.Petrov@example.ru");
        assertThat(email.localPart()).isEqualTo("Ivan.Petrov");
        assertThat(email.domain()).isEqualTo("example.ru");
        assertThat(email).hasToString("Ivan.Petrov@example.ru");
    }

    @Test
    void spellings_differing_only_in_domain_case_are_one_address() {
        assertThat(EmailAddress.of("sales@CRMKIT.org")).isEqualTo(new EmailAddress("sales@crmkit.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+crm@mail.example.com", "o'brien@x-y.org", "user_1@xn--80ak6aa92e.com"})
    void sensible_addresses_are_accepted(String raw) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "plainaddress", "two@@example.com", "a@b@example.com", "@example.com", "user@",
            "user@localhost", "user@.example.com", "user@example..com", "user@-example.com", "user@example-.com",
            "user@exa_mple.com", ".user@example.com", "user.@example.com", "us..er@example.com", "us er@example.com",
            "user@example.com.", "user@1.2.3.4", "\"quoted\"@example.com"})
    void malformed_addresses_are_rejected_quoting_them(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("email.invalid");
                    assertThat(e.getMessage()).contains("'" + raw + "'");
                    assertThat(e.messageRu()).contains("«" + raw + "»");
                });
    }

    @Test
    void a_local_part_over_64_characters_is_rejected() {
        assertThat(EmailAddress.of("a".repeat(64) + "@example.com").localPart()).hasSize(64);
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.com")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void an_address_over_254_characters_is_rejected() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".ru";
        assertThat(("user@" + domain).length()).isLessThanOrEqualTo(254);
        assertThat(EmailAddress.of("user@" + domain).domain()).isEqualTo(domain);
        assertThatThrownBy(() -> EmailAddress.of("user@h" + "." + domain.replace(".ru", ".example.ru")))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("254");
    }

    @Test
    void a_domain_label_over_63_characters_is_rejected() {
        assertThatThrownBy(() -> EmailAddress.of("user@" + "x".repeat(64) + ".ru")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void null_is_rejected() {
        assertThatThrownBy(() -> EmailAddress.of(null)).isInstanceOf(InvalidValue.class);
    }
}
