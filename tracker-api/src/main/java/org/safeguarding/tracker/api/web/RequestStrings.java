package org.safeguarding.tracker.api.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every string in a request body is a JSON string, trimmed, and refused when it holds a control character (Unicode
 * category Cc) other than tab, CR and LF.
 */
public final class RequestStrings {

    private RequestStrings() {
    }

    /** Whether the value holds a control character other than tab, CR and LF. */
    public static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    public static SimpleModule module() {
        return new SimpleModule("request-strings").addDeserializer(String.class, new Trimming());
    }

    /** The field error a refused string becomes. */
    public static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser) {
            super(parser, "must not contain control characters other than tab, CR and LF");
        }
    }

    private static final class Trimming extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // Jackson would read 1.5E308 or true as the string "1.5E308" or "true": a wrong type is a 400
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = super.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            if (hasControlCharacter(value)) {
                throw new ControlCharacterException(parser);
            }
            return value.strip();
        }
    }
}
