package org.crmkit.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The JSON parsers and trees of the rule reader. Creating Jackson's {@link ObjectMapper} loads ~400 classes and costs
 * ~75 ms of CPU in a fresh JVM, which a plain rule document does not need: it is parsed by a bare {@link JsonFactory}
 * (with the same features), its rules are read from the tokens ({@link PlainRuleReader}) and the few small values
 * around them are built here into the same nodes the mapper's tree reader builds. The mapper is created on first
 * use (a rule with a problem is re-read as a tree, a decimal number is read as the mapper reads it).
 */
final class TokenTrees {
    /** Parsers with the mapper's features: a duplicate key is a syntax error. */
    static final JsonFactory PARSERS = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TokenTrees() {
    }

    /** Created on first use only (the holder idiom). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper(PARSERS.copy())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The mapper that reads trees where the tokens are not enough. */
    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /**
     * The tree of the value at the parser's current token, node for node what {@code mapper().readTree(parser)} reads
     * (text, int/long/big-integer, boolean and null nodes, objects and arrays); a decimal number is handed to the
     * mapper, whose configuration decides how it is held.
     */
    static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return mapper().readTree(parser);
            }
        }
    }
}
