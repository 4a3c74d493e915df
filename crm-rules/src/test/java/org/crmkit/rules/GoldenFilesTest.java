package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON format, pinned. Each {@code golden/valid/<case>/rules.json} has its canonical form and content hash;
 * each {@code golden/broken/<case>/rules.json} has the exact text of every load problem. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations after a deliberate change (and review the diff).
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> a_valid_rule_file_loads_to_its_pinned_canonical_form_and_hash() throws IOException {
        return cases("valid").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            RuleSet<TestDeal> set = RuleSetJson.read(read(dir.resolve("rules.json")), TestDeal.SCHEMA);
            String canonical = RuleSetJson.write(set);
            if (UPDATE) {
                write(dir.resolve("canonical.json"), canonical + "\n");
                write(dir.resolve("hash.txt"), set.contentHash() + "\n");
            }
            assertThat(JSON.readTree(canonical)).isEqualTo(JSON.readTree(read(dir.resolve("canonical.json"))));
            assertThat(set.contentHash()).isEqualTo(read(dir.resolve("hash.txt")).trim());
            assertThat(RuleSetJson.read(canonical, TestDeal.SCHEMA).contentHash())
                    .as("the canonical form loads back to the same set").isEqualTo(set.contentHash());
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_broken_rule_file_fails_with_its_pinned_messages() throws IOException {
        return cases("broken").map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            RuleLoadException failure = catchThrowableOfType(RuleLoadException.class,
                    () -> RuleSetJson.read(read(dir.resolve("rules.json")), TestDeal.SCHEMA));
            assertThat(failure).as("load must fail").isNotNull();
            String actual = failure.problems().stream().map(LoadProblem::toString).collect(Collectors.joining("\n")) + "\n";
            if (UPDATE) {
                write(dir.resolve("errors.txt"), actual);
            }
            assertThat(actual).isEqualTo(read(dir.resolve("errors.txt")));
        }));
    }

    private static Stream<Path> cases(String kind) throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN.resolve(kind))) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
