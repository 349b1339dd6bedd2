package dev.ledgerline.core.demo;

import java.util.List;

/** The firm's practices. */
final class Practices {

    static final String STRATEGY = "Strategy";
    static final String ENGINEERING = "Engineering";
    static final String DESIGN = "Design";
    static final List<String> ALL = List.of(STRATEGY, ENGINEERING, DESIGN);

    private Practices() {}

    static String departmentOf(String practice, String role) {
        if (Roles.PARTNER.equals(role)) {
            return "Leadership";
        }
        return practice + " Delivery";
    }
}
