package org.crmkit.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import org.crmkit.rules.DocumentLoadException;
import org.crmkit.rules.LoadProblem;
import org.crmkit.rules.RuleLoadException;
import org.crmkit.rules.RuleSetJson;
import org.crmkit.rules.facts.DealFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every broken pipeline document in {@code pipelines/broken/} fails with the exact message pinned beside it
 * ({@code <name>.expected}); set -Dgolden.update=true to rewrite the pinned messages after a deliberate change.
 */
class PipelineLoadErrorsTest {
    private static final Path BROKEN = Path.of("src/test/resources/pipelines/broken");

    static Stream<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void a_broken_document_fails_with_every_problem_at_its_path(String name) throws IOException {
        String json = Files.readString(BROKEN.resolve(name + ".json"));
        DefinitionLoadException failure = catchThrowableOfType(DefinitionLoadException.class,
                () -> PipelinesJson.reader().engine(AcmeWorld.ENGINE).read(json));

        assertThat(failure).as("%s must not load", name).isNotNull();
        Path expected = BROKEN.resolve(name + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, failure.getMessage());
        }
        assertThat(failure.getMessage()).isEqualTo(Files.readString(expected));
    }

    @Test
    void a_broken_pipeline_document_and_a_broken_rule_set_are_caught_as_one_kind_of_failure() throws IOException {
        String pipelines = Files.readString(BROKEN.resolve(documents().findFirst().orElseThrow() + ".json"));
        List<DocumentLoadException> failures = List.of(
                catchThrowableOfType(DocumentLoadException.class,
                        () -> PipelinesJson.reader().engine(AcmeWorld.ENGINE).read(pipelines)),
                catchThrowableOfType(DocumentLoadException.class, () -> RuleSetJson.read("{}", DealFacts.SCHEMA)));

        assertThat(failures).hasExactlyElementsOfTypes(DefinitionLoadException.class, RuleLoadException.class);
        assertThat(failures).allSatisfy(failure -> assertThat(failure.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.path()).startsWith("$")));
    }

    @Test
    void problems_of_gate_rules_are_located_in_the_pipeline_document() throws IOException {
        String json = Files.readString(BROKEN.resolve("many-problems.json"));
        DefinitionLoadException failure = catchThrowableOfType(DefinitionLoadException.class,
                () -> PipelinesJson.read(json));

        assertThat(failure.problems(LoadProblem.Code.UNKNOWN_FIELD)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$.pipelines[0].gates[0].rules[0].when.not.exists.field");
            assertThat(problem.message()).isEqualTo("unknown field 'contractRef' in schema 'deal'");
        });
        assertThat(failure.problems(LoadProblem.Code.UNKNOWN_STAGE)).extracting(LoadProblem::path)
                .containsExactly("$.pipelines[0].transitions[0].to[0]");
        assertThat(failure.problems(LoadProblem.Code.FOREIGN_NAMESPACE)).extracting(LoadProblem::path)
                .containsExactly("$.pipelines[0].gates[0].rules[1].id");
    }
}
