package org.safeguarding.tracker.api.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A date in a request is the contract's {@code YYYY-MM-DD}, from 0001-01-01 to 9999-12-31. ISO-8601 parsing alone
 * would also take {@code +999999999-12-31} or {@code -5000-01-01}: stored in an event, such a date breaks the
 * projections (PostgreSQL has no year -5000; a view adding 30 days to year 999,999,999 overflows).
 */
public final class RequestDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    public static final String MESSAGE = "is a date YYYY-MM-DD from 0001-01-01 to 9999-12-31";

    private RequestDates() {
    }

    public static SimpleModule module() {
        return new SimpleModule("request-dates").addDeserializer(LocalDate.class, new Strict());
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    /** The date, refused as {@code field}'s error when it lies outside the range. */
    public static LocalDate checked(String field, LocalDate date) {
        if (date != null && !inRange(date)) {
            throw new InvalidRequestException(field, field + " " + MESSAGE);
        }
        return date;
    }

    private static final class Strict extends StdScalarDeserializer<LocalDate> {

        Strict() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                LocalDate date = SHAPE.matcher(text).matches() ? LocalDate.parse(text) : null;
                if (date != null && inRange(date)) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // reported below, as every other unreadable date
            }
            throw context.weirdStringException(text, LocalDate.class, MESSAGE);
        }
    }
}
