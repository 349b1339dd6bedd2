package dev.ledgerline.core.demo;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: the same spec always gives the same firm, envelope for envelope.
 *
 * @param seed decides every random choice
 * @param employees at least {@value #MIN_EMPLOYEES}, the story's staff; more are spread over
 *     extra clients
 * @param clients at least {@value #MIN_CLIENTS}, the story's clients; a firm with more than the
 *     story's staff needs more than the story's clients to staff them on
 * @param startMonth the first generated month
 * @param months how many months of work, {@value #MIN_MONTHS} to {@value #MAX_MONTHS}
 * @param periodLocks whether the first month of each entity is locked (finance closed it)
 * @param ingestOrder parents first, or shuffled for tests of dependency waiting
 */
public record DemoFirmSpec(
        long seed,
        int employees,
        int clients,
        YearMonth startMonth,
        int months,
        boolean periodLocks,
        IngestOrder ingestOrder) {

    public static final int MIN_EMPLOYEES = 12;
    public static final int MIN_CLIENTS = 8;
    public static final int MIN_MONTHS = 2;
    public static final int MAX_MONTHS = 60;
    public static final int MAX_EMPLOYEES = 20_000;
    public static final long DEFAULT_SEED = 20_260_101L;

    public DemoFirmSpec {
        Objects.requireNonNull(startMonth, "startMonth");
        Objects.requireNonNull(ingestOrder, "ingestOrder");
        if (employees < MIN_EMPLOYEES || employees > MAX_EMPLOYEES) {
            throw new IllegalArgumentException(
                    "employees must be " + MIN_EMPLOYEES + " to " + MAX_EMPLOYEES + ", was " + employees);
        }
        if (clients < MIN_CLIENTS || clients > MAX_EMPLOYEES) {
            throw new IllegalArgumentException(
                    "clients must be " + MIN_CLIENTS + " to " + MAX_EMPLOYEES + ", was " + clients);
        }
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException(
                    "months must be " + MIN_MONTHS + " to " + MAX_MONTHS + ", was " + months);
        }
        if (employees > MIN_EMPLOYEES && clients == MIN_CLIENTS) {
            throw new IllegalArgumentException("staff beyond the story's " + MIN_EMPLOYEES
                    + " employees work for clients beyond the story's " + MIN_CLIENTS + ": raise clients");
        }
    }

    /** A spec with parents first and no period locks. */
    public static DemoFirmSpec of(long seed, int employees, int clients, YearMonth startMonth, int months) {
        return new DemoFirmSpec(seed, employees, clients, startMonth, months, false, IngestOrder.PARENTS_FIRST);
    }

    /** The test firm: 12 employees, the 8 story clients, the first quarter of 2026. */
    public static DemoFirmSpec small() {
        return of(DEFAULT_SEED, MIN_EMPLOYEES, MIN_CLIENTS, YearMonth.of(2026, 1), 3);
    }

    /** The demo and benchmark firm: 240 employees, 40 clients, the year 2026. */
    public static DemoFirmSpec demo() {
        return of(DEFAULT_SEED, 240, 40, YearMonth.of(2026, 1), 12);
    }

    public DemoFirmSpec withSeed(long newSeed) {
        return new DemoFirmSpec(newSeed, employees, clients, startMonth, months, periodLocks, ingestOrder);
    }

    public DemoFirmSpec withPeriodLocks(boolean locked) {
        return new DemoFirmSpec(seed, employees, clients, startMonth, months, locked, ingestOrder);
    }

    public DemoFirmSpec withIngestOrder(IngestOrder order) {
        return new DemoFirmSpec(seed, employees, clients, startMonth, months, periodLocks, order);
    }
}
