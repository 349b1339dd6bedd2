package dev.ledgerline.hub.ingest;

import dev.ledgerline.core.canonical.InvoiceReference;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.ledger.LedgerRepository;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the invoice a payment or dispute names among the invoices pulled back from Odoo (source
 * {@code odoo}, key = Odoo number). Hub invoice ids and {@code {contract, runDate}} references
 * resolve once billing runs are stored; until then they name no invoice.
 */
@Component
class InvoiceDirectory {

    static final String ODOO_SOURCE = "odoo";

    private final LedgerRepository ledger;
    private final StoredTrees trees;

    InvoiceDirectory(LedgerRepository ledger, StoredTrees trees) {
        this.ledger = ledger;
        this.trees = trees;
    }

    /** The invoice's currency when the reference names exactly one known invoice. */
    Optional<KnownInvoice> find(InvoiceReference reference) {
        if (!(reference instanceof InvoiceReference.ById byId)) {
            return Optional.empty();
        }
        RecordKey key = RecordKey.of(ODOO_SOURCE, RecordType.INVOICE, byId.value());
        return ledger.currentPayload(key).map(trees::parse).map(data -> new KnownInvoice(key, currency(data)));
    }

    private static String currency(Map<String, Object> data) {
        return data.get("currency") instanceof String s ? s : null;
    }

    record KnownInvoice(RecordKey key, String currency) {}
}
