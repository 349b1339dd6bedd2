package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The firm's roles with their standard rates (the firm rate card before its one mid-period change)
 * and standard hourly costs, per entity: New York in USD, Munich in EUR.
 */
final class Roles {

    static final String PARTNER = "partner";
    static final String MANAGER = "manager";
    static final String SENIOR_CONSULTANT = "senior_consultant";
    static final String CONSULTANT = "consultant";
    static final String ANALYST = "analyst";
    static final String SENIOR_ENGINEER = "senior_engineer";
    static final String ENGINEER = "engineer";
    static final String DESIGNER = "designer";

    static final List<String> ALL =
            List.of(PARTNER, MANAGER, SENIOR_CONSULTANT, CONSULTANT, ANALYST, SENIOR_ENGINEER, ENGINEER, DESIGNER);

    /** The role whose firm rate changes in the middle of the period, and its new New York rate. */
    static final String RATE_CHANGE_ROLE = SENIOR_CONSULTANT;

    static final BigDecimal RATE_CHANGE_US = new BigDecimal("255.00");

    private static final Map<String, BigDecimal> RATE_US = Map.of(
            PARTNER, new BigDecimal("350.00"),
            MANAGER, new BigDecimal("275.00"),
            SENIOR_CONSULTANT, new BigDecimal("240.00"),
            CONSULTANT, new BigDecimal("195.00"),
            ANALYST, new BigDecimal("140.00"),
            SENIOR_ENGINEER, new BigDecimal("225.00"),
            ENGINEER, new BigDecimal("180.00"),
            DESIGNER, new BigDecimal("185.00"));

    private static final Map<String, BigDecimal> RATE_EU = Map.of(
            PARTNER, new BigDecimal("320.00"),
            MANAGER, new BigDecimal("250.00"),
            SENIOR_CONSULTANT, new BigDecimal("215.00"),
            CONSULTANT, new BigDecimal("175.00"),
            ANALYST, new BigDecimal("125.00"),
            SENIOR_ENGINEER, new BigDecimal("205.00"),
            ENGINEER, new BigDecimal("165.00"),
            DESIGNER, new BigDecimal("170.00"));

    private static final Map<String, BigDecimal> COST_US = Map.of(
            PARTNER, new BigDecimal("150.00"),
            MANAGER, new BigDecimal("95.00"),
            SENIOR_CONSULTANT, new BigDecimal("80.00"),
            CONSULTANT, new BigDecimal("62.00"),
            ANALYST, new BigDecimal("45.00"),
            SENIOR_ENGINEER, new BigDecimal("85.00"),
            ENGINEER, new BigDecimal("60.00"),
            DESIGNER, new BigDecimal("68.00"));

    private static final Map<String, BigDecimal> COST_EU = Map.of(
            PARTNER, new BigDecimal("135.00"),
            MANAGER, new BigDecimal("88.00"),
            SENIOR_CONSULTANT, new BigDecimal("72.00"),
            CONSULTANT, new BigDecimal("58.00"),
            ANALYST, new BigDecimal("42.00"),
            SENIOR_ENGINEER, new BigDecimal("78.00"),
            ENGINEER, new BigDecimal("55.00"),
            DESIGNER, new BigDecimal("62.00"));

    private Roles() {}

    /** The firm's standard rate of {@code role} in {@code entity} at the start of the period. */
    static BigDecimal firmRate(String entity, String role) {
        return (Entities.US.equals(entity) ? RATE_US : RATE_EU).get(role);
    }

    static BigDecimal standardCost(String entity, String role) {
        return (Entities.US.equals(entity) ? COST_US : COST_EU).get(role);
    }

    static String practiceOf(String role, int index) {
        return switch (role) {
            case SENIOR_ENGINEER, ENGINEER -> Practices.ENGINEERING;
            case DESIGNER -> Practices.DESIGN;
            default -> index % 3 == 1 ? Practices.ENGINEERING : Practices.STRATEGY;
        };
    }
}
