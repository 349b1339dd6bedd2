package dev.ledgerline.core.demo;

import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The firm's staff: the twelve people of the story (each with a part to play: a joiner, a leaver, a
 * cost change, two part-timers…) and, for bigger firms, generic staff on the generic clients.
 */
final class Roster {

    static final String PARTNER_US = "E-0001";
    static final String MANAGER_US = "E-0002";
    static final String EMPLOYEE_RATE_ENGINEER = "E-0003";
    static final String PART_TIME_32 = "E-0004";
    static final String LEAVER = "E-0005";
    static final String JOINER = "E-0006";
    static final String PART_TIME_24 = "E-0007";
    static final String DESIGNER_US = "E-0008";
    static final String MANAGER_EU = "E-0009";
    static final String ENGINEER_EU = "E-0010";
    static final String CONSULTANT_EU = "E-0011";
    static final String JUNIOR_ENGINEER_EU = "E-0012";

    private static final List<String> US_FIRST = List.of(
            "Olivia", "Ethan", "Maya", "Jordan", "Chloe", "Marcus", "Aisha", "Tyler", "Sofia", "Caleb", "Zoe", "Isaac",
            "Nora", "Andre", "Leah", "Owen", "Ruby", "Julian", "Elena", "Miles", "Naomi", "Victor", "Clara", "Dev");
    private static final List<String> US_LAST = List.of(
            "Carter",
            "Nguyen",
            "Patel",
            "Johnson",
            "Garcia",
            "Thompson",
            "Ramirez",
            "Bennett",
            "Sullivan",
            "Chen",
            "Foster",
            "Hughes",
            "Morales",
            "Price",
            "Reed",
            "Shah",
            "Walsh",
            "Young",
            "Diaz",
            "Murphy");
    private static final List<String> EU_FIRST = List.of(
            "Anna",
            "Felix",
            "Marie",
            "Lukas",
            "Sophie",
            "Maximilian",
            "Laura",
            "Paul",
            "Julia",
            "Elias",
            "Clara",
            "Niklas",
            "Hannah",
            "Leon",
            "Emilia",
            "Tobias",
            "Mia",
            "David",
            "Lea",
            "Moritz");
    private static final List<String> EU_LAST = List.of(
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Schulz",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hartmann",
            "Lange");
    private static final List<String> GENERIC_ROLES = List.of(
            Roles.CONSULTANT,
            Roles.SENIOR_CONSULTANT,
            Roles.ENGINEER,
            Roles.CONSULTANT,
            Roles.ANALYST,
            Roles.SENIOR_ENGINEER,
            Roles.DESIGNER,
            Roles.CONSULTANT,
            Roles.ENGINEER,
            Roles.MANAGER,
            Roles.SENIOR_CONSULTANT,
            Roles.ANALYST,
            Roles.ENGINEER,
            Roles.CONSULTANT,
            Roles.DESIGNER,
            Roles.SENIOR_ENGINEER,
            Roles.CONSULTANT,
            Roles.ANALYST,
            Roles.ENGINEER,
            Roles.PARTNER);

    private Roster() {}

    static List<StaffMember> build(DemoFirmSpec spec, StoryDates dates, int genericClients) {
        List<StaffMember> staff = new ArrayList<>(story(dates));
        for (int j = 0; j < spec.employees() - DemoFirmSpec.MIN_EMPLOYEES; j++) {
            staff.add(generic(spec.seed(), dates, j, genericClients));
        }
        return List.copyOf(staff);
    }

    private static List<StaffMember> story(StoryDates dates) {
        LocalDate start = dates.period().start();
        return List.of(
                person(1, "Morgan Reyes", Entities.US, Roles.PARTNER, Practices.STRATEGY, null, 40, start.minusYears(9))
                        .utilisation(50, 70)
                        .payroll("0.93")
                        .build(),
                person(
                                2,
                                "Priya Natarajan",
                                Entities.US,
                                Roles.MANAGER,
                                Practices.ENGINEERING,
                                PARTNER_US,
                                40,
                                start.minusYears(4))
                        .costChange(dates.costChange(), "102.00")
                        .utilisation(75, 92)
                        .build(),
                person(
                                3,
                                "Daniel Okafor",
                                Entities.US,
                                Roles.SENIOR_ENGINEER,
                                Practices.ENGINEERING,
                                MANAGER_US,
                                40,
                                start.minusYears(3))
                        .build(),
                person(
                                4,
                                "Hannah Lee",
                                Entities.US,
                                Roles.SENIOR_CONSULTANT,
                                Practices.STRATEGY,
                                PARTNER_US,
                                32,
                                start.minusYears(2))
                        .build(),
                person(
                                5,
                                "Sam Whitaker",
                                Entities.US,
                                Roles.CONSULTANT,
                                Practices.STRATEGY,
                                PARTNER_US,
                                40,
                                start.minusMonths(20))
                        .leaves(dates.leaverEnd())
                        .payroll("1.08")
                        .build(),
                person(
                                6,
                                "Ava Brooks",
                                Entities.US,
                                Roles.ENGINEER,
                                Practices.ENGINEERING,
                                MANAGER_US,
                                40,
                                dates.joinerStart())
                        .build(),
                person(
                                7,
                                "Noah Kim",
                                Entities.US,
                                Roles.ANALYST,
                                Practices.STRATEGY,
                                PARTNER_US,
                                24,
                                start.minusMonths(8))
                        .build(),
                person(
                                8,
                                "Grace Turner",
                                Entities.US,
                                Roles.DESIGNER,
                                Practices.DESIGN,
                                MANAGER_US,
                                40,
                                start.minusYears(5))
                        .payroll("1.12")
                        .build(),
                person(
                                9,
                                "Katharina Vogel",
                                Entities.EU,
                                Roles.MANAGER,
                                Practices.STRATEGY,
                                PARTNER_US,
                                40,
                                start.minusYears(6))
                        .utilisation(75, 92)
                        .build(),
                person(
                                10,
                                "Jonas Becker",
                                Entities.EU,
                                Roles.SENIOR_ENGINEER,
                                Practices.ENGINEERING,
                                MANAGER_EU,
                                40,
                                start.minusYears(2))
                        .build(),
                person(
                                11,
                                "Lena Hoffmann",
                                Entities.EU,
                                Roles.CONSULTANT,
                                Practices.STRATEGY,
                                MANAGER_EU,
                                32,
                                start.minusYears(1))
                        .build(),
                person(
                                12,
                                "Mateo Rossi",
                                Entities.EU,
                                Roles.ENGINEER,
                                Practices.ENGINEERING,
                                MANAGER_EU,
                                40,
                                start.minusMonths(14))
                        .payroll("0.97")
                        .build());
    }

    private static StaffMember generic(long seed, StoryDates dates, int j, int genericClients) {
        Dice dice = Dice.of(seed, "staff", j);
        int index = DemoFirmSpec.MIN_EMPLOYEES + j + 1;
        String entity = GenericEngagements.entityOf(j % genericClients);
        String role = GENERIC_ROLES.get(j % GENERIC_ROLES.size());
        boolean us = Entities.US.equals(entity);
        List<String> first = us ? US_FIRST : EU_FIRST;
        List<String> last = us ? US_LAST : EU_LAST;
        int n = j;
        String name = first.get(n % first.size()) + " " + last.get((n / first.size() + n * 7) % last.size());
        if (n >= first.size() * last.size()) {
            name = name + " " + (n / (first.size() * last.size()) + 1);
        }
        String manager = switch (role) {
            case Roles.PARTNER -> null;
            case Roles.MANAGER -> us ? PARTNER_US : MANAGER_EU;
            default -> us ? MANAGER_US : MANAGER_EU;
        };
        int weekly = j % 13 == 5 ? 32 : j % 29 == 11 ? 24 : 40;
        LocalDate start = dates.period().start().minusDays(dice.between(60, 3000));
        LocalDate end = null;
        if (j % 37 == 7) {
            start = Period.weekdayOnOrAfter(dates.period().at(dice.between(10, 80)));
        } else if (j % 41 == 19) {
            end = Period.weekdayOnOrAfter(dates.period().at(dice.between(20, 90)));
        }
        StaffBuilder b = person(index, name, entity, role, Roles.practiceOf(role, j), manager, weekly, start)
                .leaves(end)
                .payroll(dice.factor(98, 112).toPlainString());
        b.cost = Roles.standardCost(entity, role).multiply(dice.factor(92, 110)).setScale(2, RoundingMode.HALF_UP);
        return switch (role) {
            case Roles.PARTNER -> b.utilisation(50, 70).build();
            case Roles.MANAGER -> b.utilisation(70, 90).build();
            default -> b.build();
        };
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "E-%04d", index);
    }

    private static StaffBuilder person(
            int index,
            String name,
            String entity,
            String role,
            String practice,
            String manager,
            int weekly,
            LocalDate start) {
        return new StaffBuilder(index, name, entity, role, practice, manager, weekly, start);
    }

    static String email(String name, String entity) {
        String ascii = Normalizer.normalize(
                        name.replace("ü", "ue")
                                .replace("ö", "oe")
                                .replace("ä", "ae")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", "")
                .trim()
                .replace(' ', '.');
        return ascii + (Entities.US.equals(entity) ? "@alderfinch.com" : "@alderfinch.de");
    }
}
