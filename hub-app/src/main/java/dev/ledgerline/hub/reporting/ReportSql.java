package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A report query read from its {@code .sql} resource beside this class, with the parts that depend on
 * the request filled in: the group columns ({@code {{dims:a}}}, {@code {{groupBy:a}}},
 * {@code {{groups}}}, {@code {{groupByGroups}}}) and the entity filter ({@code {{entity:a}}}). Only
 * column names of {@link #COLUMNS} and fixed text go in; every value is a bound parameter.
 */
final class ReportSql {

    /** The fact column of each dimension; every fact table names its dimensions alike. */
    static final Map<Dimension, String> COLUMNS = Map.of(
            Dimension.ENTITY, "entity",
            Dimension.PRACTICE, "practice",
            Dimension.CUSTOMER, "customer",
            Dimension.PROJECT, "project",
            Dimension.CONTRACT, "contract",
            Dimension.EMPLOYEE, "employee",
            Dimension.ROLE, "role",
            Dimension.MONTH, "month_key",
            Dimension.WEEK, "week_key",
            Dimension.QUARTER, "quarter_key");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)(?::(\\w+))?}}");

    private ReportSql() {}

    /** The query of {@code name}.sql with the group columns of {@code groupBy} and the entity filter if asked. */
    static String of(String name, List<Dimension> groupBy, boolean entityFilter) {
        String template = load(name);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String alias = m.group(2);
            String replacement = switch (m.group(1)) {
                case "dims" ->
                    groupBy.stream()
                            .map(d -> alias + "." + column(d) + " AS " + group(d) + ", ")
                            .collect(Collectors.joining());
                case "groupBy" ->
                    groupBy.isEmpty()
                            ? ""
                            : groupBy.stream()
                                    .map(d -> alias + "." + column(d))
                                    .collect(Collectors.joining(", ", "GROUP BY ", ""));
                case "groups" -> groupBy.stream().map(d -> group(d) + ", ").collect(Collectors.joining());
                case "groupByGroups" ->
                    groupBy.isEmpty()
                            ? ""
                            : groupBy.stream().map(ReportSql::group).collect(Collectors.joining(", ", "GROUP BY ", ""));
                case "entity" -> entityFilter ? "AND " + alias + ".entity = :entity" : "";
                default -> throw new IllegalStateException("unknown placeholder " + m.group());
            };
            m.appendReplacement(sql, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sql);
        return sql.toString();
    }

    /** The result column holding a row's value of {@code d}. */
    static String group(Dimension d) {
        return "g_" + column(d);
    }

    private static String column(Dimension d) {
        String column = COLUMNS.get(d);
        if (column == null) {
            throw new IllegalArgumentException("no fact column for " + d);
        }
        return column;
    }

    private static String load(String name) {
        try (InputStream in = ReportSql.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("no report query " + name + ".sql beside " + ReportSql.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
