package dev.ledgerline.hub.reporting;

import dev.ledgerline.core.metrics.GroupKey;
import java.time.LocalDate;

/** A row needs an amount converted at a date for which the entity's Odoo company has no rate. */
public class MissingRateException extends RuntimeException {

    public static final String CODE = "MISSING_EXCHANGE_RATE";

    public MissingRateException(GroupKey group, LocalDate date) {
        super("row " + group + " needs an exchange rate on or before " + date
                + " that the entity's Odoo company does not have yet");
    }
}
