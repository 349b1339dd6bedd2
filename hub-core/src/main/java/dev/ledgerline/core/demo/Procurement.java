package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Purchase commitments and vendor bills: a subcontractor on the Globex assessment billing monthly
 * against its purchase order and re-billed with a markup; monthly hosting on the Umbrella platform
 * (cost only: that contract has no expense policy); an open penetration-test order not yet billed.
 */
final class Procurement {

    static final String DATASMITH_ORDER = "PO-GLOBEX-DATASMITH";
    static final String PENTEST_ORDER = "PO-UMB-PENTEST";
    private static final BigDecimal MONTHLY_BUDGET = new BigDecimal("12000");

    private Procurement() {}

    static List<SourceRecord> commitments(Period period) {
        BigDecimal ordered = Estimates.roundTo(
                MONTHLY_BUDGET.multiply(BigDecimal.valueOf(period.monthCount())).multiply(new BigDecimal("1.1")), 1000);
        return List.of(
                commitment(
                        DATASMITH_ORDER,
                        "Datasmith Analytics LLC",
                        StoryIds.GLOBEX_ASSESSMENT,
                        ordered,
                        "USD",
                        period.start().minusDays(10),
                        "Supply-chain data modelling, subcontract",
                        Entities.US),
                commitment(
                        PENTEST_ORDER,
                        "SecureLab GmbH",
                        StoryIds.UMBRELLA_PLATFORM,
                        new BigDecimal("8000.00"),
                        "EUR",
                        period.weekdayAt(40),
                        "Penetration test before go-live",
                        Entities.EU));
    }

    static List<SourceRecord> bills(Period period, Instant asOf, long seed) {
        List<SourceRecord> list = new ArrayList<>();
        List<YearMonth> months = period.months();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            Dice dice = Dice.of(seed, "vendor", i);
            LocalDate monthEnd = lastWeekday(month);
            boolean last = i == months.size() - 1;
            list.add(bill(
                    "VB-DATASMITH-" + month.toString().replace("-", ""),
                    "Datasmith Analytics LLC",
                    StoryIds.GLOBEX_ASSESSMENT,
                    monthEnd,
                    dice.amount(8500, 11800),
                    "USD",
                    "Data modelling subcontract, " + month,
                    true,
                    new BigDecimal("15"),
                    DATASMITH_ORDER,
                    last ? "submitted" : "approved",
                    Entities.US,
                    asOf));
            list.add(bill(
                    "VB-CLOUDHAUS-" + month.toString().replace("-", ""),
                    "Cloudhaus GmbH",
                    StoryIds.UMBRELLA_PLATFORM,
                    Period.weekdayOnOrAfter(month.atDay(1)),
                    new BigDecimal("1180.00"),
                    "EUR",
                    "Platform hosting, " + month,
                    null,
                    null,
                    null,
                    "approved",
                    Entities.EU,
                    asOf));
        }
        return list;
    }

    private static LocalDate lastWeekday(YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!Period.isWeekday(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static SourceRecord commitment(
            String id,
            String vendor,
            String project,
            BigDecimal amount,
            String currency,
            LocalDate date,
            String description,
            String entity) {
        return SourceRecord.first(
                Sources.PROCUREMENT,
                RecordType.PURCHASE_COMMITMENT,
                id,
                Moments.at(date, 12, 0, entity),
                entity,
                DataTree.data()
                        .put("vendor", vendor)
                        .put("project", Sources.ref(Sources.PSA, project))
                        .put("amount", amount)
                        .put("currency", currency)
                        .put("date", date)
                        .put("description", description));
    }

    private static SourceRecord bill(
            String id,
            String vendor,
            String project,
            LocalDate date,
            BigDecimal amount,
            String currency,
            String description,
            Boolean billable,
            BigDecimal markup,
            String commitment,
            String status,
            String entity,
            Instant asOf) {
        Instant at = Moments.at(date.plusDays(2), 10, 0, entity);
        if (at.isAfter(asOf)) {
            at = asOf;
        }
        return SourceRecord.first(
                Sources.PROCUREMENT,
                RecordType.VENDOR_BILL,
                id,
                at,
                entity,
                DataTree.data()
                        .put("vendor", vendor)
                        .put("project", Sources.ref(Sources.PSA, project))
                        .put("date", date)
                        .put("amount", amount)
                        .put("currency", currency)
                        .put("description", description)
                        .put("billable", billable)
                        .put("markupPercent", markup)
                        .put("commitment", commitment)
                        .put("status", status));
    }
}
