package org.safeguarding.tracker.api.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one textual form of a JSON value that the chain hashes, whoever serialised it (RFC 8785 in spirit):
 * object keys sorted by UTF-16 code units, no whitespace, strings with only {@code "}, {@code \} and control
 * characters escaped ({@code \b \f \n \r \t}, others as a backslash, u and four lowercase hex digits), every
 * other character as itself in UTF-8; numbers by exact decimal value: an integral value as an integer
 * ({@code 1.0}, {@code 1e0} and {@code 1} are all {@code 1}), any other as a plain decimal without trailing
 * zeros ({@code 1.50} is {@code 1.5}, never an exponent). Unlike RFC 8785, numbers are not rounded through binary doubles.
 */
public final class CanonicalJson {

    /** Reads JSON keeping every number exact and refusing duplicate keys (they would make the form ambiguous). */
    public static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private CanonicalJson() {
    }

    public static JsonNode parse(byte[] json) {
        try {
            return READER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    public static String write(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            out.append("null");
        } else if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            value.fields().forEachRemaining(fields::add);
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(fields.get(i).getKey(), out);
                out.append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (Iterator<JsonNode> items = value.elements(); items.hasNext(); ) {
                write(items.next(), out);
                if (items.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (value.isNumber()) {
            out.append(number(value.decimalValue()));
        } else if (value.isBoolean()) {
            out.append(value.booleanValue());
        } else if (value.isTextual()) {
            string(value.textValue(), out);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getNodeType());
        }
    }

    static String number(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() <= 0 ? exact.toBigIntegerExact().toString() : exact.toPlainString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
