package org.safeguarding.tracker.api.web.views;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A view as a table for board papers: a header row and one row per item, written as RFC 4180 CSV. */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    /** A table with one column per record component of {@code type}. */
    public static <R extends Record> CsvTable of(Class<R> type, List<? extends R> items) {
        RecordComponent[] components = type.getRecordComponents();
        List<List<Object>> rows = new ArrayList<>();
        for (R item : items) {
            List<Object> row = new ArrayList<>();
            for (RecordComponent component : components) {
                try {
                    row.add(component.getAccessor().invoke(item));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(row);
        }
        return new CsvTable(Arrays.stream(components).map(RecordComponent::getName).toList(), rows);
    }

    public String write() {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(header));
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a spreadsheet must not read a cell as a formula
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
