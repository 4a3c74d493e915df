package org.crmkit.rules.process.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.crmkit.rules.process.ProcessDefinition;

/**
 * Reads and writes process definitions in the JSON format described in {@code crm-rules/PROCESS-FORMAT.md}.
 * Reading reports every problem it can find at once, each with its JSON path; a definition that reads
 * without problems is well-formed, and still has to pass the {@code ProcessVerifier} before it runs.
 * Thread-safe.
 */
public final class ProcessJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProcessJson() {
    }

    /** @throws ProcessFormatException listing every problem, each at its JSON path */
    public static ProcessDefinition read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
    }

    /** Reads one definition from a stream, which is left open. */
    public static ProcessDefinition read(InputStream json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ProcessDefinition read(JsonNode json) {
        return new ProcessReader(json).read();
    }

    /** The definition as a JSON tree in the same format; {@code read(write(d))} gives an equal definition. */
    public static JsonNode write(ProcessDefinition definition) {
        return ProcessWriter.write(MAPPER, definition);
    }

    public static String writeString(ProcessDefinition definition) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(write(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ProcessFormatException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new ProcessFormatException(List.of(new FormatProblem("$",
                "not valid JSON" + where + ": " + e.getOriginalMessage(),
                "это не JSON" + where.replace(" at line", " в строке").replace("column", "столбец"))));
    }
}
