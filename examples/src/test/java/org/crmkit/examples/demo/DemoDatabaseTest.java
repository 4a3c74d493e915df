package org.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on an H2 file keeps its data: the first run plays the week into the file, the second finds it there,
 * prints what is stored (the same counts, the showcase client's 360° view) and changes nothing.
 */
class DemoDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_second_run_on_the_same_file_finds_the_first_runs_week_and_changes_nothing() {
        Path file = dir.resolve("demo-db");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        Map<String, Long> afterFirst = Demo.runOn(file, new PrintStream(first, true, StandardCharsets.UTF_8));
        String firstReport = first.toString(StandardCharsets.UTF_8);
        assertThat(firstReport).contains("== THE WEEK", "== 360° VIEW", "Run the demo again with the same --db");
        assertThat(afterFirst.get("employees")).isEqualTo(13);
        assertThat(afterFirst.get("clients")).isPositive();
        assertThat(afterFirst.get("deals")).isPositive();
        assertThat(afterFirst.get("outbox events")).isPositive();

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        Map<String, Long> afterSecond = Demo.runOn(file, new PrintStream(second, true, StandardCharsets.UTF_8));
        String secondReport = second.toString(StandardCharsets.UTF_8);

        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(secondReport).contains("already holds the week", "== STORED", "== 360° VIEW")
                .doesNotContain("== THE WEEK");
        // The showcase client of the first run, seen again with its name and owner.
        assertThat(secondReport).contains(showcaseLine(firstReport));
    }

    /** The 360° heading of the first report: the client's name and who reads it. */
    private static String showcaseLine(String report) {
        return report.lines().filter(l -> l.startsWith("== 360° VIEW")).findFirst().orElseThrow();
    }
}
