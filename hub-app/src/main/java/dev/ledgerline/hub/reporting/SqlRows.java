package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.GroupKey;
import dev.ledgerline.core.metrics.MixedCurrenciesException;
import dev.ledgerline.core.metrics.ReportQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Reading the sums of a report query: group keys, amounts, hours, currencies. */
final class SqlRows {

    private SqlRows() {}

    /** The parameters every report query may use. */
    static MapSqlParameterSource params(ReportQuery query) {
        return new MapSqlParameterSource()
                .addValue("from", query.from())
                .addValue("to", query.to())
                .addValue("toDay", Math.toIntExact(query.to().toEpochDay()))
                .addValue("entity", query.entity());
    }

    static GroupKey key(ResultSet rs, ReportQuery query) throws SQLException {
        Map<Dimension, String> values = new LinkedHashMap<>();
        for (Dimension d : query.groupBy()) {
            values.put(d, rs.getString(ReportSql.group(d)));
        }
        return values.isEmpty() ? GroupKey.TOTAL : new GroupKey(values);
    }

    /** A sum, zero when no row carried it. */
    static BigDecimal sum(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** An amount as reported: two decimals (amounts are whole cents where they arise). */
    static BigDecimal cents(ResultSet rs, String column) throws SQLException {
        return sum(rs, column).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Hours or a count as reported: exact, without the column's trailing zeros. */
    static BigDecimal exact(ResultSet rs, String column) throws SQLException {
        return plain(sum(rs, column));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean flagged(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) > 0;
    }

    /** The one currency of a row's amounts; a row may never add two ({@code MIXED_CURRENCIES}). */
    static String currency(ResultSet rs, GroupKey key) throws SQLException {
        String low = rs.getString("currency_low");
        String high = rs.getString("currency_high");
        if (low != null && !low.equals(high)) {
            throw new MixedCurrenciesException(key, new TreeSet<>(java.util.List.of(low, high)));
        }
        return low;
    }
}
