package dev.ledgerline.core.billing.subscription;

import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.ContractTerms;
import dev.ledgerline.core.canonical.Subscription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calendar periods of a subscription from its start ({@code subscription.startDate}, else the
 * contract start) through a date, each with the days the subscription covers (it ends with the
 * contract's {@code endDate}) and the amount in force on its first covered day (docs/adr/0107).
 */
public final class SubscriptionSchedule {

    private SubscriptionSchedule() {}

    /** The subscription's start; empty when neither it nor the contract has one. */
    public static Optional<LocalDate> start(Contract contract) {
        ContractTerms terms = contract.currentTerms();
        if (terms.subscription() != null && terms.subscription().startDate() != null) {
            return Optional.of(terms.subscription().startDate());
        }
        return Optional.ofNullable(terms.startDate());
    }

    /** Every period that starts on or before {@code through} and overlaps the subscription. */
    public static List<SubscriptionPeriod> periods(Contract contract, LocalDate through) {
        ContractTerms terms = contract.currentTerms();
        Subscription current = terms.subscription();
        Optional<LocalDate> start = start(contract);
        if (current == null || start.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs subscription terms and a start date");
        }
        LocalDate end = terms.endDate();
        List<SubscriptionPeriod> periods = new ArrayList<>();
        LocalDate[] bounds = SubscriptionPeriod.bounds(current.period(), start.get());
        while (!bounds[0].isAfter(through) && (end == null || !bounds[0].isAfter(end))) {
            LocalDate from = start.get().isAfter(bounds[0]) ? start.get() : bounds[0];
            LocalDate to = end != null && end.isBefore(bounds[1]) ? end : bounds[1];
            Subscription inForce = contract.termsOn(from).subscription();
            periods.add(new SubscriptionPeriod(
                    current.period(),
                    bounds[0],
                    bounds[1],
                    from.isAfter(to) ? null : from,
                    from.isAfter(to) ? null : to,
                    (inForce != null ? inForce : current).amount()));
            bounds = SubscriptionPeriod.bounds(current.period(), bounds[1].plusDays(1));
        }
        return periods;
    }
}
