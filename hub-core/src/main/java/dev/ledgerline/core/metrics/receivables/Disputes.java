package dev.ledgerline.core.metrics.receivables;

import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.metrics.HeldRecords;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The invoices under an open dispute at a date. A dispute names its invoice by Odoo number or hub
 * reference, or by contract, run date (the invoice date) and optionally project; a name that does
 * not point at exactly one posted invoice is ignored.
 */
final class Disputes {

    private final Set<Invoice> disputed = Collections.newSetFromMap(new IdentityHashMap<>());

    Disputes(HeldRecords held, Receivables receivables, LocalDate date) {
        for (RecordVersion<InvoiceDispute> v : held.all(RecordType.INVOICE_DISPUTE, InvoiceDispute.class)) {
            InvoiceDispute dispute = v.data();
            if (dispute.isOpen()
                    && (dispute.raisedOn() == null || !dispute.raisedOn().isAfter(date))) {
                resolve(dispute.invoice(), receivables).ifPresent(inv -> disputed.add(inv));
            }
        }
    }

    boolean isDisputed(Invoice invoice) {
        return disputed.contains(invoice);
    }

    Set<Invoice> all() {
        return Collections.unmodifiableSet(disputed);
    }

    private static Optional<Invoice> resolve(InvoiceReference reference, Receivables receivables) {
        return switch (reference) {
            case InvoiceReference.ById byId -> receivables.find(byId.value());
            case InvoiceReference.ByRun byRun -> {
                List<Invoice> matches = receivables.invoices().stream()
                        .filter(i -> byRun.contract().equals(i.contract())
                                && byRun.runDate().equals(i.invoiceDate())
                                && (byRun.project() == null || byRun.project().equals(i.project())))
                        .toList();
                yield matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
            }
        };
    }
}
