package dev.ledgerline.core.demo;

import java.time.LocalDate;

/**
 * Where the story's events fall in the period, as shares of it, so that every one of them lies
 * inside the generated months whatever their number.
 */
record StoryDates(Period period) {

    LocalDate joinerStart() {
        return Period.weekdayOnOrAfter(period.at(25));
    }

    LocalDate leaverEnd() {
        return Period.weekdayOnOrAfter(period.at(65));
    }

    LocalDate costChange() {
        return Period.weekdayOnOrAfter(period.at(45));
    }

    /** The Northwind change order: signed a few days before it takes effect. */
    LocalDate rateAmendmentSigned() {
        return period.weekdayAt(45);
    }

    LocalDate rateAmendmentEffective() {
        return period.weekdayAt(50);
    }

    LocalDate unsignedAmendmentEffective() {
        return period.weekdayAt(80);
    }

    LocalDate feeAmendmentEffective() {
        return period.weekdayAt(55);
    }

    LocalDate sprintClose() {
        return period.weekdayAt(40);
    }

    LocalDate globexEuropeStart() {
        return period.weekdayAt(20);
    }

    /** The team starts two working days before the Globex Europe contract does. */
    LocalDate globexEuropeKickoff() {
        LocalDate d = globexEuropeStart();
        for (int i = 0; i < 2; i++) {
            d = d.minusDays(1);
            while (!Period.isWeekday(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** Acme's subscription starts mid-month in the first month. */
    LocalDate acmeStart() {
        return period.start().plusDays(14);
    }

    LocalDate initechCancellation() {
        return period.at(60);
    }

    LocalDate diligenceStart() {
        return period.weekdayAt(20);
    }

    LocalDate diligenceEnd() {
        return period.weekdayAt(85);
    }

    LocalDate firstMilestoneAccepted() {
        return period.weekdayAt(30);
    }

    LocalDate secondMilestoneAccepted() {
        return period.weekdayAt(85);
    }

    LocalDate pitchStart() {
        return period.weekdayAt(5);
    }

    LocalDate pitchEnd() {
        return period.weekdayAt(40);
    }

    /** From this day the forced corrections and rejections of the story are looked for. */
    LocalDate correctionFrom() {
        return period.weekdayAt(20);
    }

    LocalDate rejectionFrom() {
        return period.weekdayAt(35);
    }
}
