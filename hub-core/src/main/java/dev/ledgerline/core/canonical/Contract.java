package dev.ledgerline.core.canonical;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A client contract: who is billed, by which entity, in which currency and under which model, with
 * its base terms and amendments. {@link #termsOn} gives the terms in force on a date.
 */
public record Contract(
        Ref customer,
        String entity,
        String currency,
        BillingModel billingModel,
        ContractTerms terms,
        List<Amendment> amendments)
        implements CanonicalRecord {

    public Contract {
        Objects.requireNonNull(customer, "customer");
        RecordKey.requireText(entity, "entity");
        RecordKey.requireText(currency, "currency");
        Objects.requireNonNull(billingModel, "billingModel");
        terms = terms == null ? ContractTerms.NONE : terms;
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    @Override
    public RecordType type() {
        return RecordType.CONTRACT;
    }

    /** The base terms after every signed amendment effective on or before {@code date}, in date order. */
    public ContractTerms termsOn(LocalDate date) {
        ContractTerms result = terms;
        for (Amendment a : signedAmendmentsInOrder()) {
            if (!a.effectiveDate().isAfter(date)) {
                result = result.amendedBy(a.changes());
            }
        }
        return result;
    }

    /** The terms after every signed amendment, whatever its date (the contract as it now stands). */
    public ContractTerms currentTerms() {
        ContractTerms result = terms;
        for (Amendment a : signedAmendmentsInOrder()) {
            result = result.amendedBy(a.changes());
        }
        return result;
    }

    public List<Amendment> signedAmendmentsInOrder() {
        return amendments.stream()
                .filter(Amendment::signed)
                .sorted(Comparator.comparing(Amendment::effectiveDate))
                .toList();
    }
}
