package dev.ledgerline.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Instants at a local time of day in an entity's office. */
final class Moments {

    private Moments() {}

    static Instant at(LocalDate date, int hour, int minute, String entity) {
        return date.atTime(LocalTime.of(hour, minute))
                .atZone(Entities.zone(entity))
                .toInstant();
    }
}
