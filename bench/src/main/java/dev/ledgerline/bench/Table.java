package dev.ledgerline.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A text table for the terminal: left-aligned first column, right-aligned figures. */
public final class Table {

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String title, String... headers) {
        this.title = title;
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "–" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    public void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], c < row.size() ? row.get(c).length() : 0);
            }
        }
        out.println();
        out.println(title);
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            String padding = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : " | ").append(c == 0 ? cell + padding : padding + cell);
        }
        return line.toString().stripTrailing();
    }

    /** A whole number with thousands separators. */
    public static String count(double value) {
        return String.format("%,.0f", value);
    }

    /** A ratio with two decimals, or a dash when it cannot be computed. */
    public static String ratio(Double value) {
        return value == null ? "–" : String.format("%.2f", value);
    }
}
