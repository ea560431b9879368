package nl.doorstroom.scenarios.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One CSV file of a programme, built from a scenario's table: the table's headings become the
 * file's columns ("salary scale" becomes {@code salary_scale}), so a scenario reads like the
 * spreadsheet a coordinator fills in.
 */
final class CsvFile {

    private final List<String> columns = new ArrayList<>();
    private final List<Map<String, String>> rows = new ArrayList<>();

    static String column(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** Adds rows; {@code values} may rewrite a cell, given its column and text. */
    void add(List<Map<String, String>> tableRows, ValueRewriter values) {
        for (Map<String, String> tableRow : tableRows) {
            Map<String, String> row = new LinkedHashMap<>();
            tableRow.forEach((heading, value) -> {
                String column = column(heading);
                if (!columns.contains(column)) {
                    columns.add(column);
                }
                row.put(column, values.rewrite(column, value == null ? "" : value.trim()));
            });
            rows.add(row);
        }
    }

    void add(Map<String, String> row) {
        add(List.of(row), (column, value) -> value);
    }

    byte[] bytes() {
        StringBuilder out = new StringBuilder();
        out.append(line(columns, UnaryOperator.identity()));
        for (Map<String, String> row : rows) {
            out.append(line(columns, column -> row.getOrDefault(column, "")));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> columns, UnaryOperator<String> value) {
        List<String> fields = new ArrayList<>();
        for (String column : columns) {
            String text = value.apply(column);
            fields.add(text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        return String.join(",", fields) + "\n";
    }

    @FunctionalInterface
    interface ValueRewriter {
        String rewrite(String column, String value);
    }
}
