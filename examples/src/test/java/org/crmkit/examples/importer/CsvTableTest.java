package org.crmkit.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column_name() throws IOException {
        CsvTable t = CsvTable.parse("x.csv", new StringReader("\uFEFFId,Name\r\n1,Acme\r\n"));

        assertThat(t.header()).containsExactly("Id", "Name");
        assertThat(t.rows().get(0).get("Id")).isEqualTo("1");
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_starting_line() throws IOException {
        String csv = "Id,Address,Note\n"
                + "1,\"{\"\"city\"\":\"\"Omsk\"\"}\",plain\n"
                + "2,\"street 1,\nflat 2\",\"said \"\"hi\"\"\"\n"
                + "3,,\n";
        CsvTable t = CsvTable.parse("x.csv", new StringReader(csv));

        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).get("Address")).isEqualTo("{\"city\":\"Omsk\"}");
        assertThat(t.rows().get(1).get("Address")).isEqualTo("street 1,\nflat 2");
        assertThat(t.rows().get(1).get("Note")).isEqualTo("said \"hi\"");
        assertThat(t.rows().get(2).get("Note")).isEmpty();
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 3L, 5L);
    }
}
