package dev.ledgerline.core.billing;

import java.math.BigDecimal;

/**
 * Finance's adjustment of one proposal line at approval: by an {@code amount} or a {@code percent} of
 * the line amount (exactly one), with a reason. A negative value writes down, a positive one writes up
 * (docs/adr/0109).
 */
public record AdjustmentRequest(String lineId, BigDecimal amount, BigDecimal percent, String reason) {

    public static AdjustmentRequest byAmount(String lineId, BigDecimal amount, String reason) {
        return new AdjustmentRequest(lineId, amount, null, reason);
    }

    public static AdjustmentRequest byPercent(String lineId, BigDecimal percent, String reason) {
        return new AdjustmentRequest(lineId, null, percent, reason);
    }
}
