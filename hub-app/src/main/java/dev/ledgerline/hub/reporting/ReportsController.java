package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.firm.EntitySettings.TmRevenue;
import dev.ledgerline.core.metrics.Basis;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.MetricReport;
import dev.ledgerline.core.metrics.MixedCurrenciesException;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.UnsupportedGroupingException;
import dev.ledgerline.core.metrics.catalog.UnknownMetricException;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.hub.firm.FirmConfiguration;
import dev.ledgerline.hub.security.ApiPrincipal;
import dev.ledgerline.hub.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/{metric}?groupBy=&from=&to=&entity=&currency=&basis=&revenueBasis=&format=}
 * over the report facts. Any reading scope (read, ops, finance, admin) may read reports; employee cost
 * data ({@code cost}) only finance and admin, others are refused 403 (docs/adr/0208).
 */
@RestController
class ReportsController {

    private final SqlReports reports;
    private final FirmConfiguration firm;
    private final Clock clock;

    ReportsController(SqlReports reports, FirmConfiguration firm, Clock clock) {
        this.reports = reports;
        this.firm = firm;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/{metric}")
    ResponseEntity<Map<String, Object>> json(
            @PathVariable String metric,
            @RequestParam(required = false) List<String> groupBy,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String revenueBasis,
            @RequestParam(required = false) String format,
            @AuthenticationPrincipal ApiPrincipal caller) {
        if (format != null && !"json".equals(format)) {
            throw invalid("format", "format is json or csv");
        }
        Instant asOf = clock.instant();
        MetricReport report = report(metric, groupBy, from, to, entity, currency, basis, revenueBasis, asOf, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(ReportAnswer.of(report, reports.isRatio(metric), asOf));
    }

    /** The same rows as CSV, written straight to the response as they are formatted. */
    @GetMapping(path = "/api/v1/reports/{metric}", params = "format=csv")
    void csv(
            @PathVariable String metric,
            @RequestParam(required = false) List<String> groupBy,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String revenueBasis,
            @AuthenticationPrincipal ApiPrincipal caller,
            HttpServletResponse response)
            throws IOException {
        MetricReport report =
                report(metric, groupBy, from, to, entity, currency, basis, revenueBasis, clock.instant(), caller);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + metric + "-" + report.query().from() + "-"
                        + report.query().to() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        ReportCsv.write(report, reports.isRatio(metric), writer);
    }

    private MetricReport report(
            String metric,
            List<String> groupBy,
            String from,
            String to,
            String entity,
            String currency,
            String basis,
            String revenueBasis,
            Instant asOf,
            ApiPrincipal caller) {
        if (!caller.mayReadReports()) {
            throw new ApiException(403, ErrorCode.FORBIDDEN, "reports need the read, ops, finance or admin scope");
        }
        if (reports.isEmployeeCost(metric) && !caller.maySeeEmployeeCost()) {
            throw new ApiException(
                    403, ErrorCode.FORBIDDEN, metric + " shows employee cost data: finance or admin scope only");
        }
        return run(metric, query(groupBy, from, to, entity, currency, basis, revenueBasis, asOf));
    }

    private MetricReport run(String metric, ReportQuery query) {
        try {
            return reports.report(metric, query);
        } catch (UnknownMetricException e) {
            throw new ApiException(404, ErrorCode.UNKNOWN_METRIC, "no metric " + metric);
        } catch (UnsupportedGroupingException e) {
            throw new ApiException(
                    400,
                    ErrorCode.GROUPING_NOT_SUPPORTED,
                    e.getMessage(),
                    List.of(Map.of("field", "groupBy")),
                    Map.of());
        } catch (MixedCurrenciesException e) {
            throw new ApiException(422, ErrorCode.MIXED_CURRENCIES, e.getMessage());
        } catch (MissingRateException e) {
            throw new ApiException(409, ErrorCode.MISSING_EXCHANGE_RATE, e.getMessage());
        } catch (OutsideCapacityHorizonException e) {
            throw new ApiException(
                    400,
                    ErrorCode.OUTSIDE_CAPACITY_HORIZON,
                    e.getMessage(),
                    List.of(Map.of("field", "from")),
                    Map.of());
        } catch (ReportNotAvailableException e) {
            throw new ApiException(501, ErrorCode.REPORT_NOT_AVAILABLE, e.getMessage());
        }
    }

    private ReportQuery query(
            List<String> groupBy,
            String from,
            String to,
            String entity,
            String currency,
            String basis,
            String revenueBasis,
            Instant asOf) {
        LocalDate end = to == null ? LocalDate.ofInstant(asOf, ZoneOffset.UTC) : date("to", to);
        LocalDate start = from == null ? end.withDayOfMonth(1) : date("from", from);
        if (end.isBefore(start)) {
            throw invalid("to", "to is before from");
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy == null ? List.<String>of() : groupBy) {
            for (String part : name.split(",")) {
                if (!part.isBlank()) {
                    dimensions.add(Dimension.fromWire(part.strip())
                            .orElseThrow(() -> invalid("groupBy", "unknown dimension " + part.strip())));
                }
            }
        }
        if (entity != null && firm.entity(entity).isEmpty()) {
            throw invalid("entity", "no entity " + entity + " is configured");
        }
        boolean inGroupCurrency = false;
        if (currency != null) {
            switch (currency) {
                case "entity" -> {}
                case "group" -> inGroupCurrency = true;
                case "transaction" ->
                    throw new ApiException(
                            501,
                            ErrorCode.REPORT_NOT_AVAILABLE,
                            "reports state amounts in the entity's currency; transaction currency is not available yet");
                default -> throw invalid("currency", "currency is transaction, entity or group");
            }
        }
        Basis b = basis == null ? Basis.PROVISIONAL : parse(Basis.class, "basis", basis);
        TmRevenue rb = revenueBasis == null ? null : parse(TmRevenue.class, "revenueBasis", revenueBasis);
        return new ReportQuery(start, end, asOf, b, rb, dimensions, entity, inGroupCurrency);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " must be a date like 2026-03-31");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "unknown " + field + " " + text);
        }
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(400, ErrorCode.INVALID_VALUE, message, List.of(Map.of("field", field)), Map.of());
    }
}
