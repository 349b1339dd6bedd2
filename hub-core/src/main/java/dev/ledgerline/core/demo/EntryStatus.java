package dev.ledgerline.core.demo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a time entry stands at the demo's as-of instant. Most are approved a few working days after
 * the work (some by a slow approver, so work at a month's end is often approved in the next month);
 * a few are rejected; drafts and submitted entries cluster in the last days, whose approval has not
 * happened yet. An approval that would fall after the as-of instant leaves the entry submitted.
 */
final class EntryStatus {

    /** A status and the instant of the last change at the source (the envelope's occurredAt). */
    record Decision(String wire, Instant occurredAt) {

        static Decision approved(Instant at) {
            return new Decision("approved", at);
        }

        boolean approved() {
            return "approved".equals(wire);
        }
    }

    private final Period period;
    private final Instant asOf;

    EntryStatus(Period period, Instant asOf) {
        this.period = period;
        this.asOf = asOf;
    }

    Decision decide(LocalDate date, String entity, Dice dice, boolean forceApproved, boolean forceRejected) {
        Instant submitted = Moments.at(date, 17 + dice.between(0, 2), dice.between(0, 59), entity);
        if (forceRejected || (!forceApproved && dice.chance(12))) {
            Instant rejected = Moments.at(Period.weekdaysAfter(date, 2), 10, dice.between(0, 59), entity);
            return rejected.isAfter(asOf) ? new Decision("submitted", submitted) : new Decision("rejected", rejected);
        }
        boolean lastWeek = date.isAfter(period.end().minusDays(7));
        if (!forceApproved && dice.chance(lastWeek ? 300 : 6)) {
            return new Decision("draft", Moments.at(date, 18, dice.between(0, 59), entity));
        }
        int lag = forceApproved ? 2 : dice.chance(150) ? dice.between(6, 12) : dice.between(1, 4);
        Instant approved =
                Moments.at(Period.weekdaysAfter(date, lag), dice.between(9, 17), dice.between(0, 59), entity);
        return approved.isAfter(asOf) ? new Decision("submitted", submitted) : Decision.approved(approved);
    }
}
