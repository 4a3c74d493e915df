package org.crmkit.rules.process.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;

import org.crmkit.rules.process.ProcessDefinition;
import org.crmkit.rules.process.Processes;
import org.junit.jupiter.api.Test;

class ProcessJsonTest {

    private static ProcessFormatException problemsOf(String json) {
        return catchThrowableOfType(ProcessFormatException.class, () -> ProcessJson.read(json.replace('\'', '"')));
    }

    @Test
    void the_documented_example_reads_into_the_same_definition_the_builder_makes() throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/processes/claim-handling.json")) {
            assertThat(ProcessJson.read(json)).isEqualTo(Processes.claimHandling().build());
        }
    }

    @Test
    void writing_then_reading_gives_the_definition_back() {
        ProcessDefinition definition = Processes.claimHandling().build();

        assertThat(ProcessJson.read(ProcessJson.writeString(definition))).isEqualTo(definition);
    }

    @Test
    void every_field_problem_is_reported_at_once_with_its_path() {
        ProcessFormatException e = problemsOf("""
                {'key': 'Bad Key', 'version': 'one', 'participants': ['sales-manager', 7],
                 'nodes': [{'id': 'start', 'kind': 'start'},
                           {'id': 's', 'kind': 'step', 'name': 'S', 'role': 'sales-manager', 'rol': 'x',
                            'deadline': {'within': 'four hours'}},
                           {'id': 'x', 'kind': 'gateway'}],
                 'flows': [{'from': 'start'}]}
                """);

        assertThat(e.problems()).extracting(FormatProblem::path).containsExactly(
                "$.key", "$.version", "$.goal", "$.participants[1]", "$.nodes[1].rol",
                "$.nodes[1].deadline.within", "$.nodes[2].kind", "$.flows[0].to");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.messageRu()).isNotBlank());
    }

    @Test
    void graph_problems_are_reported_at_the_node_or_flow_that_causes_them() {
        ProcessFormatException e = problemsOf("""
                {'key': 'p', 'version': 1, 'goal': 'g', 'participants': [],
                 'nodes': [{'id': 'start', 'kind': 'start'}, {'id': 'end', 'kind': 'end'}, {'id': 'end', 'kind': 'end'}],
                 'flows': [{'from': 'start', 'to': 'end'}, {'from': 'start', 'to': 'nowhere'},
                           {'from': 'end', 'to': 'start'}]}
                """);

        assertThat(e.problems()).extracting(FormatProblem::path)
                .containsExactly("$.nodes[2]", "$.flows[1]", "$.flows[2]", "$.flows[2]");
        assertThat(e.problems().get(1).messageEn()).contains("nowhere");
    }

    @Test
    void a_deadline_must_be_one_of_the_two_shapes() {
        ProcessFormatException e = problemsOf("""
                {'key': 'p', 'version': 1, 'goal': 'g', 'participants': [],
                 'nodes': [{'id': 's', 'kind': 'step', 'name': 'S', 'deadline': {'days': 2}},
                           {'id': 't', 'kind': 'step', 'name': 'T', 'deadline': {'businessDays': 0}}],
                 'flows': []}
                """);

        assertThat(e.problems()).extracting(FormatProblem::path)
                .containsExactly("$.nodes[0].deadline", "$.nodes[1].deadline.businessDays");
    }

    @Test
    void text_that_is_not_json_is_one_problem_at_the_root() {
        ProcessFormatException e = problemsOf("{'key': ");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.messageEn()).startsWith("not valid JSON");
        });
        assertThat(e.code()).isEqualTo("process.format.invalid");
    }

    @Test
    void a_draft_without_role_or_deadline_reads_so_the_verifier_can_say_what_is_missing() {
        ProcessDefinition draft = ProcessJson.read("""
                {"key": "p", "version": 1, "goal": "g", "participants": [],
                 "nodes": [{"id": "start", "kind": "start"}, {"id": "s", "kind": "step", "name": "S"}, {"id": "end", "kind": "end"}],
                 "flows": [{"from": "start", "to": "s"}, {"from": "s", "to": "end"}]}
                """);

        assertThat(draft.steps()).singleElement().satisfies(s -> {
            assertThat(s.responsible()).isEmpty();
            assertThat(s.deadline()).isEmpty();
        });
    }
}
