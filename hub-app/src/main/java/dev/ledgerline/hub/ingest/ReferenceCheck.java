package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.InvoiceDispute;
import dev.ledgerline.core.canonical.Milestone;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Payment;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.validation.ErrorCode;
import dev.ledgerline.core.validation.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The references that refuse an item instead of letting it wait (docs/adr/0003): a milestone the
 * contract's current version does not have, and a payment or dispute that names no known invoice
 * (or, for a payment, one in another currency). Missing parents never refuse: they wait.
 */
final class ReferenceCheck {

    private final InvoiceDirectory invoices;
    private final Function<RecordKey, Optional<Contract>> contracts;

    ReferenceCheck(InvoiceDirectory invoices, Function<RecordKey, Optional<Contract>> contracts) {
        this.invoices = invoices;
        this.contracts = contracts;
    }

    List<Problem> check(CanonicalRecord record) {
        return switch (record) {
            case MilestoneAcceptance m -> milestone(m);
            case Payment p -> payment(p);
            case InvoiceDispute d -> invoices.find(d.invoice()).isPresent() ? List.of() : List.of(unknownInvoice());
            default -> List.of();
        };
    }

    private List<Problem> milestone(MilestoneAcceptance m) {
        Optional<Contract> contract = contracts.apply(m.contract().key(RecordType.CONTRACT));
        if (contract.isEmpty()) {
            return List.of(); // the contract has not arrived: the acceptance waits for it
        }
        List<Milestone> milestones = contract.get().currentTerms().milestones();
        boolean known =
                milestones != null && milestones.stream().anyMatch(ms -> ms.id().equals(m.milestone()));
        return known
                ? List.of()
                : List.of(Problem.of(
                        ErrorCode.UNKNOWN_REFERENCE,
                        "data.milestone",
                        "contract " + m.contract() + " has no milestone " + m.milestone()));
    }

    private List<Problem> payment(Payment p) {
        Optional<InvoiceDirectory.KnownInvoice> invoice = invoices.find(p.invoice());
        if (invoice.isEmpty()) {
            return List.of(unknownInvoice());
        }
        String currency = invoice.get().currency();
        if (currency != null && !currency.equals(p.currency())) {
            return List.of(Problem.of(
                    ErrorCode.CURRENCY_MISMATCH,
                    "data.currency",
                    "the invoice is in " + currency + ", the payment in " + p.currency()));
        }
        return List.of();
    }

    private static Problem unknownInvoice() {
        return Problem.of(ErrorCode.UNKNOWN_REFERENCE, "data.invoice", "the reference names no known invoice");
    }
}
