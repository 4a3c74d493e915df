package org.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules read straight from the parser's tokens ({@link PlainRuleReader}, {@link TokenTrees}) load exactly as rules
 * read from the JSON trees of Jackson's mapper: the same rules, canonical form and hash for a valid document, the same problems (paths, codes, texts, order)
 * for a broken one. Checked on the golden documents and on thousands of random damages to them.
 */
class PlainRuleReaderTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode[] DAMAGE = {
            JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.numberNode(new BigDecimal("1.50")),
            JsonNodeFactory.instance.numberNode(7), JsonNodeFactory.instance.numberNode(2_147_483_648L),
            JsonNodeFactory.instance.textNode("x"), JsonNodeFactory.instance.textNode("today"),
            JsonNodeFactory.instance.textNode("create"), JsonNodeFactory.instance.textNode("10 RUB"),
            JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.booleanNode(false),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode()};

    @Test
    void the_golden_documents_load_the_same_both_ways() throws IOException {
        for (Path document : goldenDocuments()) {
            String json = Files.readString(document);
            assertThat(outcome(json, true)).as(document.toString()).isEqualTo(outcome(json, false));
        }
    }

    @Test
    void damaged_documents_fail_or_load_the_same_both_ways() throws IOException {
        Random random = new Random(20261129);
        int differentOutcomes = 0;
        for (Path document : goldenDocuments()) {
            if (document.toString().contains("bad-json-syntax")) {
                continue;
            }
            JsonNode original = JSON.readTree(Files.readString(document));
            for (int round = 0; round < 200; round++) {
                JsonNode damaged = original.deepCopy();
                for (int hits = 1 + random.nextInt(2); hits > 0; hits--) {
                    damage(damaged, random);
                }
                String json = JSON.writeValueAsString(damaged);
                String plain = outcome(json, true);
                assertThat(plain).as(json).isEqualTo(outcome(json, false));
                differentOutcomes += plain.equals(outcome(JSON.writeValueAsString(original), false)) ? 0 : 1;
            }
        }
        assertThat(differentOutcomes).as("most damages change the outcome").isGreaterThan(500);
    }

    @Test
    void a_broken_rule_deep_in_a_large_document_is_found_at_its_own_text() {
        StringBuilder json = new StringBuilder("{\"ruleSet\":\"t:big\",\"version\":1,\"schema\":\"deal\",\"combine\":\"ALL\","
                + "\"effectiveFrom\":\"2026-01-01\",\"rules\":[");
        for (int i = 0; i < 600; i++) {
            json.append(i == 0 ? "" : ",\n  ").append("{\"id\":\"t:rule-").append(i)
                    .append("\",\"trigger\":{\"change\":[]},\"when\":{\"gt\":[{\"field\":\"amount\"},{\"money\":\"")
                    .append(i == 555 ? "many RUB" : i + " RUB").append("\"}]},\"then\":[{\"emit\":{\"type\":\"e")
                    .append(i).append(i == 377 ? "\",\"colour\":\"red" : "").append("\"}}]}");
        }
        String document = json.append("]}").toString();
        assertThat(document.length()).as("longer than the parser's buffer").isGreaterThan(64 * 1024);
        String plain = outcome(document, true);
        assertThat(plain).isEqualTo(outcome(document, false))
                .contains("$.rules[377].then[0].emit.colour: unknown property 'colour'")
                .contains("$.rules[555].when.gt[1].money: Character m is neither a decimal digit");
    }

    @Test
    void an_effective_date_is_read_by_hand_exactly_as_local_date_parse_reads_it() {
        List<String> texts = new ArrayList<>(List.of("2026-02-29", "2024-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
                "2026-04-31", "0000-01-01", "9999-12-31", "2026-1-01", "2026/01/01", "２０２６-01-01", "+2026-01-01",
                "-0001-01-01", "2026-01-01T00:00", " 2026-01-01", "", "yyyy-mm-dd"));
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
        }
        for (String text : texts) {
            assertThat(parsed(() -> JsonRuleSetReader.isoDate(text))).as(text)
                    .isEqualTo(parsed(() -> java.time.LocalDate.parse(text)));
        }
    }

    private static String parsed(java.util.function.Supplier<java.time.LocalDate> parse) {
        try {
            return parse.get().toString();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String outcome(String json, boolean plainRulesFromTokens) {
        try {
            RuleSet<TestDeal> set = new JsonRuleSetReader<>(TestDeal.SCHEMA, plainRulesFromTokens).read(json).build();
            return "loaded " + set.rules() + "\n" + RuleSetJson.write(set) + "\n" + set.contentHash();
        } catch (RuleLoadException e) {
            return "failed\n" + e.problems().stream().map(LoadProblem::toString).collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "threw " + e;
        }
    }

    /** Replaces a random value inside a random rule (or anywhere in the document), or removes a random key there. */
    private static void damage(JsonNode document, Random random) {
        JsonNode rules = document.path("rules");
        if (!rules.isArray() || rules.isEmpty()) {
            return;
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(random.nextInt(4) == 0 ? document : rules.get(random.nextInt(rules.size())), containers);
        if (containers.isEmpty()) {
            return;
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(key);
                case 1 -> object.set(key + (random.nextBoolean() ? "s" : ""), DAMAGE[random.nextInt(DAMAGE.length)].deepCopy());
                default -> object.set(key, DAMAGE[random.nextInt(DAMAGE.length)].deepCopy());
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int at = random.nextInt(array.size());
            if (random.nextInt(4) == 0) {
                array.remove(at);
            } else {
                array.set(at, DAMAGE[random.nextInt(DAMAGE.length)].deepCopy());
            }
        } else if (container instanceof ArrayNode array) {
            array.add(DAMAGE[random.nextInt(DAMAGE.length)].deepCopy());
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static List<Path> goldenDocuments() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(file -> file.getFileName().toString().equals("rules.json")).sorted().toList();
        }
    }
}
