package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.canonical.Payment;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Once invoices exist, the billing portal pays most of them and disputes one. */
class DemoFirmAfterInvoicingTest {

    private static final CanonicalReader READER = new CanonicalReader();

    @Test
    void dueInvoicesArePaidGlobexOnlyHalfAndInitechsFirstIsDisputedAndLeftOpen() {
        List<Invoice> invoices = List.of(
                invoice("INV/2026/0001", "crm:C-INITECH", "crm:K-INITECH-TM", "2026-01-31", "2026-03-02", "4120.50"),
                invoice("INV/2026/0002", "crm:C-GLOBEX", "crm:K-GLOBEX-NTE", "2026-01-31", "2026-02-27", "31000.00"),
                invoice("INV/2026/0003", "crm:C-NORTHWIND", "crm:K-NW-TM", "2026-02-28", "2026-03-30", "52000.10"),
                invoice("INV/2026/0004", "crm:C-NORTHWIND", "crm:K-NW-TM", "2026-03-31", "2026-04-30", "48000.00"));

        List<Map<String, Object>> envelopes = SmallFirm.FIRM.afterInvoicing(invoices);
        List<Object> records = envelopes.stream()
                .map(e ->
                        ((Reading.Valid) READER.read(e, Instant.now())).record().data())
                .map(Object.class::cast)
                .toList();
        List<Payment> payments = records.stream()
                .filter(Payment.class::isInstance)
                .map(Payment.class::cast)
                .toList();
        List<InvoiceDispute> disputes = records.stream()
                .filter(InvoiceDispute.class::isInstance)
                .map(InvoiceDispute.class::cast)
                .toList();

        assertThat(disputes).singleElement().satisfies(d -> {
            assertThat(d.invoice()).isEqualTo(new InvoiceReference.ById("INV/2026/0001"));
            assertThat(d.isOpen()).isTrue();
            assertThat(d.disputedLines()).containsExactly("1");
        });
        assertThat(payments).noneMatch(p -> p.invoice().equals(new InvoiceReference.ById("INV/2026/0001")));
        assertThat(payments).noneMatch(p -> p.invoice().equals(new InvoiceReference.ById("INV/2026/0004")));
        assertThat(paid(payments, "INV/2026/0002")).isEqualByComparingTo("15500.00");
        assertThat(payments)
                .filteredOn(p -> !p.invoice().equals(new InvoiceReference.ById("INV/2026/0002")))
                .allSatisfy(p -> assertThat(p.amount())
                        .isEqualByComparingTo(invoices.stream()
                                .filter(i -> new InvoiceReference.ById(i.number()).equals(p.invoice()))
                                .findFirst()
                                .orElseThrow()
                                .amountResidual()));
        assertThat(payments).allSatisfy(p -> {
            assertThat(p.currency()).isEqualTo("USD");
            assertThat(p.date()).isBeforeOrEqualTo(LocalDate.of(2026, 4, 5));
        });
        assertThat(envelopes).isEqualTo(SmallFirm.FIRM.afterInvoicing(invoices));
    }

    private static BigDecimal paid(List<Payment> payments, String number) {
        return payments.stream()
                .filter(p -> p.invoice().equals(new InvoiceReference.ById(number)))
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Invoice invoice(
            String number, String customer, String contract, String date, String due, String total) {
        BigDecimal amount = new BigDecimal(total);
        return new Invoice(
                number,
                Invoice.MoveType.OUT_INVOICE,
                "posted",
                "not_paid",
                null,
                null,
                "us",
                Ref.parse(customer, "odoo"),
                Ref.parse(contract, "odoo"),
                null,
                LocalDate.parse(date),
                LocalDate.parse(due),
                Instant.parse(date + "T12:00:00Z"),
                "USD",
                amount,
                BigDecimal.ZERO,
                amount,
                amount,
                List.of(new Invoice.Line(1, "time", BigDecimal.ONE, amount, amount, BigDecimal.ZERO, null, null, null)),
                List.of());
    }
}
