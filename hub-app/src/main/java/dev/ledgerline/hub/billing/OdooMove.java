package dev.ledgerline.hub.billing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The Odoo document a proposal became ({@code account.move}): its id, number (empty while draft),
 * state, payment state and residual amount, as delivery and pull-back last saw them.
 */
public record OdooMove(long moveId, String name, String state, String paymentState, BigDecimal amountResidual) {

    public OdooMove {
        if (moveId <= 0) {
            throw new IllegalArgumentException("moveId must be positive");
        }
        Objects.requireNonNull(state, "state");
    }
}
