package dev.ledgerline.hub.reporting;

import java.time.LocalDate;

/** Capacity is kept per working day only inside {@code ledgerline.projection.capacity-from … capacity-until}. */
public class OutsideCapacityHorizonException extends RuntimeException {

    public static final String CODE = "OUTSIDE_CAPACITY_HORIZON";

    public OutsideCapacityHorizonException(LocalDate from, LocalDate until) {
        super("capacity is kept from " + from + " to " + until
                + " (ledgerline.projection.capacity-from, capacity-until); ask for dates inside it");
    }
}
