package dev.ledgerline.core.recognition;

import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fixed-fee contract on a date: {@code pctComplete = min(costToDate / estimatedCost, 1)} unrounded
 * (null without an estimate), {@code recognisedToDate = round(fixedFee × pctComplete)}, billed to date
 * and the contract asset or liability between them; {@code eac} and {@code expectedLoss} when an EAC
 * is given.
 */
public record FixedFeePosition(
        LocalDate date,
        BigDecimal fixedFee,
        BigDecimal estimatedCost,
        BigDecimal costToDate,
        BigDecimal pctComplete,
        BigDecimal recognisedToDate,
        BigDecimal billedToDate,
        BigDecimal contractAsset,
        BigDecimal contractLiability,
        BigDecimal eac,
        BigDecimal expectedLoss,
        List<RecognitionFlag> flags) {

    public FixedFeePosition {
        flags = List.copyOf(flags);
    }

    /** Percent complete as reported: a fraction to 4 decimals, null without an estimate. */
    public BigDecimal pctCompleteReported() {
        return pctComplete == null ? null : Rounding.ratio(pctComplete);
    }
}
