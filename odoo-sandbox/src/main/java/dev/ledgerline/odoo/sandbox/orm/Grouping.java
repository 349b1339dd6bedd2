package dev.ledgerline.odoo.sandbox.orm;

import dev.ledgerline.odoo.sandbox.model.FieldSpec;
import dev.ledgerline.odoo.sandbox.model.FieldType;
import dev.ledgerline.odoo.sandbox.model.ModelSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code read_group} with many2one, selection, text, boolean and date groupings and sum/avg/min/max/count aggregates. */
final class Grouping {
    private final Env env;
    private final ModelSpec model;

    Grouping(Env env, ModelSpec model) {
        this.env = env;
        this.model = model;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> readGroup(Call call) {
        Object domainJson = call.arg(0, "domain", List.of());
        List<String> fields = OrmMethods.fields(call.arg(1, "fields", List.of()));
        Object groupbyArg = call.arg(2, "groupby", List.of());
        List<String> groupby = groupbyArg instanceof String s ? List.of(s) : (List<String>) groupbyArg;
        boolean lazy = Values.truthy(call.arg(6, "lazy", true));
        List<String> used = lazy && groupby.size() > 1 ? groupby.subList(0, 1) : groupby;
        Domain domain = Domain.parse(domainJson);
        List<Map<String, Object>> rows = new Searching(env, model).rows(domain, env.activeTest(), true);
        rows = Ordering.parse(
                        env,
                        model,
                        String.join(",", used.stream().map(g -> g.split(":")[0]).toList()))
                .sortedRows(rows);
        Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            List<Object> key = new ArrayList<>();
            for (String g : used) {
                key.add(groupKey(row, g));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<List<Object>, List<Map<String, Object>>> group : groups.entrySet()) {
            Map<String, Object> result = new LinkedHashMap<>();
            List<Object> domainOut = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                String g = used.get(i);
                Object key = group.getKey().get(i);
                result.put(g, label(g, key));
                domainOut.addAll(groupDomain(g, key));
            }
            result.put(
                    lazy && !used.isEmpty() ? used.getFirst().split(":")[0] + "_count" : "__count",
                    group.getValue().size());
            for (String spec : fields == null ? List.<String>of() : fields) {
                aggregate(spec, group.getValue(), result, used);
            }
            List<Object> fullDomain = new ArrayList<>();
            List<Object> given = domainJson instanceof List<?> l ? (List<Object>) l : List.of();
            int leaves = given.size() + domainOut.size();
            for (int i = 1; i < countTerms(given) + domainOut.size(); i++) {
                fullDomain.add("&");
            }
            fullDomain.addAll(given);
            fullDomain.addAll(domainOut);
            result.put("__domain", leaves == 0 ? List.of() : fullDomain);
            if (lazy && groupby.size() > 1) {
                result.put("__context", Map.of("group_by", groupby.subList(1, groupby.size())));
            }
            out.add(result);
        }
        return out;
    }

    private static int countTerms(List<Object> domain) {
        int count = 0;
        for (Object item : domain) {
            if (item instanceof List<?>) {
                count++;
            } else if ("&".equals(item) || "|".equals(item)) {
                count--;
            }
        }
        return count;
    }

    private void aggregate(String spec, List<Map<String, Object>> rows, Map<String, Object> result, List<String> used) {
        String[] parts = spec.split(":");
        String name = parts[0];
        if (used.stream().anyMatch(g -> g.split(":")[0].equals(name)) || name.equals("__count")) {
            return;
        }
        FieldSpec field = model.fields().get(name);
        if (field == null) {
            throw OdooException.valueError(
                    "Invalid field " + PythonRepr.of(name) + " on model " + PythonRepr.of(model.name()));
        }
        String function = parts.length > 1 ? parts[1] : field.type().isNumeric() && !name.equals("id") ? "sum" : null;
        if (function == null) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        Double min = null;
        Double max = null;
        int count = 0;
        for (Map<String, Object> row : rows) {
            Object raw = Reading.raw(env, model, row, field);
            double value = raw instanceof Number n ? n.doubleValue() : 0.0;
            total = total.add(BigDecimal.valueOf(value));
            min = min == null ? value : Math.min(min, value);
            max = max == null ? value : Math.max(max, value);
            count++;
        }
        Object aggregated = switch (function) {
            case "sum" -> field.type() == FieldType.INTEGER ? (Object) total.longValue() : (Object) total.doubleValue();
            case "avg" -> count == 0 ? Boolean.FALSE : total.doubleValue() / count;
            case "min" -> min == null ? Boolean.FALSE : min;
            case "max" -> max == null ? Boolean.FALSE : max;
            case "count", "count_distinct" -> count;
            default -> throw OdooException.valueError("Invalid aggregation function " + PythonRepr.of(function) + ".");
        };
        result.put(name, aggregated);
    }

    private Object groupKey(Map<String, Object> row, String groupby) {
        String[] parts = groupby.split(":");
        FieldSpec field = model.fields().get(parts[0]);
        if (field == null) {
            throw OdooException.valueError(
                    "Invalid field " + PythonRepr.of(parts[0]) + " on model " + PythonRepr.of(model.name()));
        }
        Object raw = Reading.raw(env, model, row, field);
        if ((field.type() == FieldType.DATE || field.type() == FieldType.DATETIME) && raw != null) {
            LocalDate date = LocalDate.parse(String.valueOf(raw).substring(0, 10));
            String granularity = parts.length > 1 ? parts[1] : "month";
            return switch (granularity) {
                case "day" -> date;
                case "year" -> date.withDayOfYear(1);
                case "quarter" ->
                    date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
                default -> date.withDayOfMonth(1);
            };
        }
        return raw;
    }

    private Object label(String groupby, Object key) {
        String[] parts = groupby.split(":");
        FieldSpec field = model.require(parts[0]);
        if (key == null) {
            return Boolean.FALSE;
        }
        if (field.type() == FieldType.MANY2ONE) {
            int id = ((Number) key).intValue();
            return List.of(id, env.orm().displayName(env.sudo(), field.relation(), id));
        }
        if (key instanceof LocalDate date) {
            String granularity = parts.length > 1 ? parts[1] : "month";
            return switch (granularity) {
                case "day" ->
                    date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                            + date.getYear();
                case "year" -> String.valueOf(date.getYear());
                case "quarter" -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
                default -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
            };
        }
        return key;
    }

    private List<Object> groupDomain(String groupby, Object key) {
        String name = groupby.split(":")[0];
        if (key instanceof LocalDate date) {
            String granularity = groupby.contains(":") ? groupby.split(":")[1] : "month";
            LocalDate end = switch (granularity) {
                case "day" -> date.plusDays(1);
                case "year" -> date.plusYears(1);
                case "quarter" -> date.plusMonths(3);
                default -> date.plusMonths(1);
            };
            return List.of("&", List.of(name, ">=", date.toString()), List.of(name, "<", end.toString()));
        }
        return List.of(List.of(name, "=", key == null ? Boolean.FALSE : key));
    }
}
