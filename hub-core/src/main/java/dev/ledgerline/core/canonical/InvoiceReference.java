package dev.ledgerline.core.canonical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a payment or dispute names an invoice: by an identifier (hub invoice id, hub reference on the
 * Odoo move, or Odoo number), or by contract, run date and optionally project.
 */
public sealed interface InvoiceReference {

    record ById(String value) implements InvoiceReference {
        public ById {
            RecordKey.requireText(value, "invoice");
        }
    }

    record ByRun(Ref contract, LocalDate runDate, Ref project) implements InvoiceReference {
        public ByRun {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(runDate, "runDate");
        }
    }
}
