package dev.ledgerline.hub.projection;

import dev.ledgerline.core.canonical.Expense;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.VendorBill;
import dev.ledgerline.core.cost.DirectCost;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import dev.ledgerline.core.metrics.Attributes;
import dev.ledgerline.core.metrics.Attribution;
import dev.ledgerline.core.metrics.DateRange;
import dev.ledgerline.core.metrics.Dimension;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import dev.ledgerline.core.metrics.ReportCurrency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies {@code core.cost.DirectCost} to one expense or vendor bill held with its project, contract
 * and employee: whether it is cost and its amount in the entity's currency, converted at its date.
 */
final class DirectCostDerivation {

    private final HeldRecords held;
    private final Attribution attribution;
    private final DirectCost cost;

    DirectCostDerivation(HeldRecords held, FirmSettings settings) {
        this.held = held;
        this.attribution = new Attribution(held);
        this.cost = new DirectCost(attribution, ReportCurrency.entityCurrency(settings));
    }

    /** The fact of the one expense or vendor bill {@code held} contains. */
    DirectCostFact derive(UUID recordId, RecordVersion<?> version) {
        String kind;
        Ref project;
        Ref employee;
        LocalDate date;
        BigDecimal amount;
        String currency;
        switch (version.data()) {
            case Expense e -> {
                kind = DirectCost.Kind.EXPENSE.name();
                project = e.project();
                employee = e.employee();
                date = e.date();
                amount = e.amount();
                currency = e.currency();
            }
            case VendorBill b -> {
                kind = DirectCost.Kind.VENDOR_BILL.name();
                project = b.project();
                employee = null;
                date = b.date();
                amount = b.amount();
                currency = b.currency();
            }
            default -> throw new IllegalArgumentException("not a cost record: " + version.key());
        }
        Attributes a = attribution.ofProject(project);
        String problem = null;
        Optional<DirectCost.Item> item = Optional.empty();
        try {
            List<DirectCost.Item> items = cost.items(new DateRange(date, date));
            item = items.stream().filter(i -> i.key().equals(version.key())).findFirst();
        } catch (MissingExchangeRateException e) {
            problem = "MISSING_EXCHANGE_RATE";
        } catch (IllegalArgumentException e) {
            problem = "UNKNOWN_ENTITY";
        }
        String entity = item.map(DirectCost.Item::entity)
                .or(() -> attribution.entityOf(project, employee, date))
                .orElse(a.get(Dimension.ENTITY));
        return new DirectCostFact(
                recordId,
                kind,
                project.toString(),
                employee == null ? null : employee.toString(),
                a.get(Dimension.CUSTOMER),
                a.get(Dimension.CONTRACT),
                entity,
                a.get(Dimension.PRACTICE),
                date,
                item.isPresent(),
                amount,
                currency,
                item.map(DirectCost.Item::amount).orElse(null),
                item.map(DirectCost.Item::currency).orElse(null),
                problem);
    }

    HeldRecords held() {
        return held;
    }
}
