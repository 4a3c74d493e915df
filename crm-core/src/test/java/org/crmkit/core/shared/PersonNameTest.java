package org.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @Test
    void a_name_with_a_patronymic_reads_in_western_and_russian_order() {
        PersonName name = PersonName.of(" Иван ", "Петрович", "Сидоров ");

        assertThat(name.first()).isEqualTo("Иван");
        assertThat(name.last()).isEqualTo("Сидоров");
        assertThat(name.full()).isEqualTo("Иван Петрович Сидоров");
        assertThat(name.formal()).isEqualTo("Сидоров Иван Петрович");
    }

    @Test
    void the_patronymic_is_optional() {
        PersonName name = PersonName.of("Anna", "Smith");

        assertThat(name.middle()).isNull();
        assertThat(name.full()).isEqualTo("Anna Smith");
        assertThat(name.formal()).isEqualTo("Smith Anna");
    }

    @Test
    void a_blank_patronymic_means_none() {
        assertThat(PersonName.of("Anna", "  ", "Smith")).isEqualTo(PersonName.of("Anna", "Smith"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_first_name_is_required(String first) {
        assertThatThrownBy(() -> PersonName.of(first, "Smith"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("person-name.missing");
                    assertThat(e.getMessage()).startsWith("First name");
                    assertThat(e.messageRu()).contains("имя");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_last_name_is_required(String last) {
        assertThatThrownBy(() -> PersonName.of("Anna", "Ivanovna", last))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("Last name");
    }
}
