package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.Flag;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MetricRow;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code format=csv}: the rows of the JSON answer flattened, one header line (the group's
 * dimensions, currency, value, numerator and denominator for ratios, flags separated by {@code ;},
 * then the metric's fields under their dotted names), RFC 4180 quoting, written row by row.
 */
final class ReportCsv {

    private ReportCsv() {}

    static void write(MetricReport report, boolean ratio, Writer out) throws IOException {
        List<Dimension> groupBy = report.query().groupBy();
        Set<String> fields = new LinkedHashSet<>();
        report.rows().forEach(r -> fields.addAll(r.fields().keySet()));
        List<String> header = new ArrayList<>();
        groupBy.forEach(d -> header.add(d.wireName()));
        header.add("currency");
        header.add("value");
        if (ratio) {
            header.add("numerator");
            header.add("denominator");
        }
        header.add("flags");
        header.addAll(fields);
        line(out, header);
        for (MetricRow row : report.rows()) {
            List<String> cells = new ArrayList<>(header.size());
            groupBy.forEach(d -> cells.add(defused(row.group().get(d))));
            cells.add(row.currency());
            cells.add(text(row.value()));
            if (ratio) {
                cells.add(text(row.numerator()));
                cells.add(text(row.denominator()));
            }
            cells.add(row.flagList().stream().map(Flag::name).collect(Collectors.joining(";")));
            fields.forEach(f -> cells.add(text(row.field(f))));
            line(out, cells);
        }
        out.flush();
    }

    /**
     * A source's id starting with {@code = + - @} would run as a formula in a spreadsheet: such text
     * is written with a leading apostrophe, as spreadsheets expect for literal text.
     */
    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
