package dev.ledgerline.hub.intercompany;

import dev.ledgerline.core.intercompany.TransferRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The transfer rates entities charge each other ({@code ledgerline.intercompany.transfer-rates}).
 *
 * @param transferRates each: {@code from}, {@code to}, optional {@code role}, {@code basis} ({@code
 *     hourly-rate} with {@code rate} and {@code currency}, or {@code cost-plus} with {@code markup}), {@code
 *     valid-from}
 */
@ConfigurationProperties("ledgerline.intercompany")
public record IntercompanyProperties(List<Rate> transferRates) {

    public IntercompanyProperties {
        transferRates = transferRates == null ? List.of() : List.copyOf(transferRates);
    }

    /** One configured transfer rate. */
    public record Rate(
            String from,
            String to,
            String role,
            String basis,
            BigDecimal rate,
            BigDecimal markup,
            String currency,
            LocalDate validFrom) {

        TransferRate toTransferRate() {
            String prefix = "ledgerline.intercompany.transfer-rates (" + from + " to " + to + "): ";
            if (basis == null) {
                throw new IllegalArgumentException(prefix + "basis is required: hourly-rate or cost-plus");
            }
            TransferRate.Basis b = switch (basis.toLowerCase(Locale.ROOT)) {
                case "hourly-rate", "hourly_rate" -> TransferRate.Basis.HOURLY_RATE;
                case "cost-plus", "cost_plus" -> TransferRate.Basis.COST_PLUS;
                default -> throw new IllegalArgumentException(prefix + "basis must be hourly-rate or cost-plus");
            };
            BigDecimal value = b == TransferRate.Basis.HOURLY_RATE ? rate : markup;
            if (value == null) {
                throw new IllegalArgumentException(
                        prefix + (b == TransferRate.Basis.HOURLY_RATE ? "rate" : "markup") + " is required");
            }
            return new TransferRate(from, to, role, b, value, currency, validFrom == null ? LocalDate.MIN : validFrom);
        }
    }

    List<TransferRate> rates() {
        return transferRates.stream().map(Rate::toTransferRate).toList();
    }
}
