package org.safeguarding.tracker.api.web.views;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A view's answer: written as its {@code rows} in JSON, or, when content negotiation picks {@code text/csv},
 * by {@link CsvMessageConverter} as the table made of them.
 */
public record ViewAnswer<T>(@JsonValue T rows, Function<? super T, CsvTable> table) {

    /** A list of records: one CSV column per record component. */
    public static <R extends Record> ViewAnswer<List<R>> of(Class<R> type, List<R> rows) {
        return new ViewAnswer<>(rows, r -> CsvTable.of(type, r));
    }

    public CsvTable csv() {
        return table.apply(rows);
    }
}
