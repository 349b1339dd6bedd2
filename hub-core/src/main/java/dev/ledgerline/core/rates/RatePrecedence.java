package dev.ledgerline.core.rates;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.ExchangeRates;
import dev.ledgerline.core.firm.FirmRate;
import dev.ledgerline.core.firm.FirmRateCard;
import dev.ledgerline.core.firm.MissingExchangeRateException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rate of a time entry at its date (domain.md "Rate precedence"), first found of: (1) contract
 * {@code employeeRates[employee]}; (2) contract {@code rateCard[entry.role]}; (3) contract
 * {@code rateCard[employee.role]}; (4) firm rate card for the entry's role; (5) firm rate card for the
 * employee's role. Contract rates are read after the signed amendments effective on or before the
 * entry date; the employee's role is the one valid at that date.
 *
 * <p>The standard rate is the firm rate for the role used in steps 2–5; after step 1, for the entry's
 * role, else the employee's (docs/adr/0102).
 *
 * <p>A firm rate (entity currency) that serves as the billing rate of a contract in another currency
 * is converted at the entry date and rounded to the cent, Odoo's way (docs/adr/0101).
 */
public final class RatePrecedence {

    private final FirmRateCard firmRates;
    private final Function<String, ExchangeRates> exchangeRatesOfEntity;

    /**
     * @param firmRates the firm rate card of every entity
     * @param exchangeRatesOfEntity the exchange rates of an entity's company, by entity id
     */
    public RatePrecedence(FirmRateCard firmRates, Function<String, ExchangeRates> exchangeRatesOfEntity) {
        this.firmRates = Objects.requireNonNull(firmRates, "firmRates");
        this.exchangeRatesOfEntity = Objects.requireNonNull(exchangeRatesOfEntity, "exchangeRatesOfEntity");
    }

    /** For a firm whose contracts are all in the currency of their entity: no conversion is ever needed. */
    public static RatePrecedence withoutConversion(FirmRateCard firmRates) {
        return new RatePrecedence(firmRates, entity -> (currency, date) -> {
            throw new MissingExchangeRateException(currency, date);
        });
    }

    /** The rate by precedence and the standard rate of {@code entry} billed under {@code contract}. */
    public EntryRates resolve(Contract contract, TimeEntry entry, EmployeeHistory employee) {
        LocalDate date = entry.date();
        ContractTerms terms = contract.termsOn(date);
        String entryRole = blankToNull(entry.role());
        String employeeRole = employee.roleOn(date).orElse(null);
        String entity = contract.entity();

        Optional<Rate> rate = contractRate(contract.currency(), terms, entry.employee(), entryRole, employeeRole)
                .or(() -> firmRate(entity, entryRole, date, RateSource.FIRM_ENTRY_ROLE, contract.currency()))
                .or(() -> firmRate(entity, employeeRole, date, RateSource.FIRM_EMPLOYEE_ROLE, contract.currency()));

        Optional<StandardRate> standard = rate.map(r -> r.source() == RateSource.CONTRACT_EMPLOYEE_RATE
                        ? standardByRoles(entity, entryRole, employeeRole, date)
                        : standardFor(entity, r.role(), date))
                .orElseGet(() -> standardByRoles(entity, entryRole, employeeRole, date));
        return new EntryRates(rate, standard);
    }

    /**
     * The standard rate of an entry outside any contract (an internal project): the firm rate of the
     * entry's role, else of the employee's role, in {@code entity}.
     */
    public Optional<StandardRate> standardRate(String entity, TimeEntry entry, EmployeeHistory employee) {
        return standardByRoles(
                entity, blankToNull(entry.role()), employee.roleOn(entry.date()).orElse(null), entry.date());
    }

    private static Optional<Rate> contractRate(
            String currency, ContractTerms terms, Ref employee, String entryRole, String employeeRole) {
        Map<Ref, BigDecimal> employeeRates = terms.employeeRates() == null ? Map.of() : terms.employeeRates();
        Map<String, BigDecimal> rateCard = terms.rateCard() == null ? Map.of() : terms.rateCard();
        if (employeeRates.containsKey(employee)) {
            return Optional.of(
                    new Rate(employeeRates.get(employee), currency, RateSource.CONTRACT_EMPLOYEE_RATE, null));
        }
        if (entryRole != null && rateCard.containsKey(entryRole)) {
            return Optional.of(new Rate(rateCard.get(entryRole), currency, RateSource.CONTRACT_ENTRY_ROLE, entryRole));
        }
        if (employeeRole != null && rateCard.containsKey(employeeRole)) {
            return Optional.of(
                    new Rate(rateCard.get(employeeRole), currency, RateSource.CONTRACT_EMPLOYEE_ROLE, employeeRole));
        }
        return Optional.empty();
    }

    private Optional<Rate> firmRate(
            String entity, String role, LocalDate date, RateSource source, String contractCurrency) {
        return firmLine(entity, role, date).map(line -> {
            BigDecimal amount = line.currency().equals(contractCurrency)
                    ? line.rate()
                    : convert(entity, line.rate(), line.currency(), contractCurrency, date);
            return new Rate(amount, contractCurrency, source, role);
        });
    }

    private BigDecimal convert(String entity, BigDecimal amount, String from, String to, LocalDate date) {
        return new CurrencyConversion(exchangeRatesOfEntity.apply(entity)).convert(amount, from, to, date);
    }

    private Optional<StandardRate> standardByRoles(
            String entity, String entryRole, String employeeRole, LocalDate date) {
        return standardFor(entity, entryRole, date).or(() -> standardFor(entity, employeeRole, date));
    }

    private Optional<StandardRate> standardFor(String entity, String role, LocalDate date) {
        return firmLine(entity, role, date).map(l -> new StandardRate(l.rate(), l.currency(), role));
    }

    private Optional<FirmRate> firmLine(String entity, String role, LocalDate date) {
        if (role == null) {
            return Optional.empty();
        }
        return firmRates.rates().stream()
                .filter(r -> r.entity().equals(entity)
                        && r.role().equals(role)
                        && !r.validFrom().isAfter(date))
                .max(Comparator.comparing(FirmRate::validFrom));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
