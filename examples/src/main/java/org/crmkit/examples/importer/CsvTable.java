package org.crmkit.examples.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file read whole with Apache Commons CSV (RFC 4180: quoted fields, embedded commas, quotes and line
 * breaks), its UTF-8 byte-order mark dropped. Each row keeps the physical line it started on, for reports.
 */
public record CsvTable(String file, List<String> header, List<Row> rows) {
    /** One data row: its values by column name, and the line of the file it starts on (the header is line 1). */
    public record Row(long line, Map<String, String> values) {
        /** The value, stripped; empty text for a missing column or a blank field. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    public static CsvTable read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + path, e);
        }
    }

    static CsvTable parse(String file, Reader reader) throws IOException {
        Reader source = new java.io.PushbackReader(reader, 1);
        int first = source.read();
        if (first != -1 && first != '\uFEFF') {
            ((java.io.PushbackReader) source).unread(first);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).build();
        try (CSVParser parser = format.parse(source)) {
            List<Row> rows = new ArrayList<>();
            java.util.Iterator<CSVRecord> records = parser.iterator();
            // A record starts on the line after the one where the previous record (or the header) ended;
            // line numbers, not record numbers, because quoted fields may span lines.
            long previousEnd = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    values.put(column, record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new Row(previousEnd + 1, values));
                previousEnd = parser.getCurrentLineNumber();
            }
            return new CsvTable(file, List.copyOf(parser.getHeaderNames()), List.copyOf(rows));
        }
    }
}
