package dev.ledgerline.core.demo;

import static dev.ledgerline.core.demo.Roster.CONSULTANT_EU;
import static dev.ledgerline.core.demo.Roster.DESIGNER_US;
import static dev.ledgerline.core.demo.Roster.EMPLOYEE_RATE_ENGINEER;
import static dev.ledgerline.core.demo.Roster.ENGINEER_EU;
import static dev.ledgerline.core.demo.Roster.JOINER;
import static dev.ledgerline.core.demo.Roster.JUNIOR_ENGINEER_EU;
import static dev.ledgerline.core.demo.Roster.LEAVER;
import static dev.ledgerline.core.demo.Roster.MANAGER_EU;
import static dev.ledgerline.core.demo.Roster.MANAGER_US;
import static dev.ledgerline.core.demo.Roster.PARTNER_US;
import static dev.ledgerline.core.demo.Roster.PART_TIME_24;
import static dev.ledgerline.core.demo.Roster.PART_TIME_32;
import static dev.ledgerline.core.demo.StoryIds.ACME_SUBSCRIPTION;
import static dev.ledgerline.core.demo.StoryIds.EU_INTERNAL;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_ASSESSMENT;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_EUROPE;
import static dev.ledgerline.core.demo.StoryIds.GLOBEX_SPRINT;
import static dev.ledgerline.core.demo.StoryIds.INITECH_BI;
import static dev.ledgerline.core.demo.StoryIds.INITECH_ROLLOUT;
import static dev.ledgerline.core.demo.StoryIds.NORTHWIND_PITCH;
import static dev.ledgerline.core.demo.StoryIds.NORTHWIND_PLATFORM;
import static dev.ledgerline.core.demo.StoryIds.STARK_ADVISORY;
import static dev.ledgerline.core.demo.StoryIds.STARK_DILIGENCE;
import static dev.ledgerline.core.demo.StoryIds.UMBRELLA_PLATFORM;
import static dev.ledgerline.core.demo.StoryIds.US_INTERNAL;
import static dev.ledgerline.core.demo.StoryIds.WAYNE_ADVISORY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who works on what: the story's teams, and round-robin teams on the generic clients. */
final class Staffing {

    private Staffing() {}

    /** Each employee's assignments, in roster order. */
    static Map<String, List<Assignment>> build(
            List<StaffMember> staff, StoryDates dates, List<String> genericProjects) {
        Map<String, List<Assignment>> byEmployee = new LinkedHashMap<>();
        staff.forEach(s -> byEmployee.put(s.id(), new ArrayList<>()));
        story(dates).forEach(a -> byEmployee.get(a.employeeId()).add(a));
        for (StaffMember s : staff) {
            if (s.index() > DemoFirmSpec.MIN_EMPLOYEES) {
                byEmployee.get(s.id()).addAll(generic(s, genericProjects));
            }
            String internal = Entities.US.equals(s.entity()) ? US_INTERNAL : EU_INTERNAL;
            byEmployee.get(s.id()).add(Assignment.of(s.id(), internal, Roles.PARTNER.equals(s.role()) ? 20 : 8));
        }
        Map<String, List<Assignment>> result = new LinkedHashMap<>();
        byEmployee.forEach((id, list) -> result.put(id, List.copyOf(list)));
        return result;
    }

    private static List<Assignment> story(StoryDates d) {
        return List.of(
                Assignment.of(MANAGER_US, NORTHWIND_PLATFORM, 40),
                Assignment.of(EMPLOYEE_RATE_ENGINEER, NORTHWIND_PLATFORM, 70),
                Assignment.of(JOINER, NORTHWIND_PLATFORM, 70),
                Assignment.of(DESIGNER_US, NORTHWIND_PLATFORM, 50),
                Assignment.of(PARTNER_US, NORTHWIND_PITCH, 15).between(d.pitchStart(), d.pitchEnd()),
                Assignment.of(PART_TIME_32, NORTHWIND_PITCH, 10).between(d.pitchStart(), d.pitchEnd()),
                Assignment.of(PART_TIME_32, GLOBEX_ASSESSMENT, 50),
                Assignment.of(LEAVER, GLOBEX_ASSESSMENT, 60),
                Assignment.of(PART_TIME_24, GLOBEX_ASSESSMENT, 50),
                Assignment.of(PARTNER_US, GLOBEX_ASSESSMENT, 10),
                Assignment.of(LEAVER, GLOBEX_SPRINT, 40).between(null, d.sprintClose()),
                Assignment.of(PART_TIME_24, GLOBEX_SPRINT, 40).between(null, d.sprintClose()),
                Assignment.of(PARTNER_US, GLOBEX_EUROPE, 15).between(d.globexEuropeKickoff(), null),
                Assignment.of(PART_TIME_32, GLOBEX_EUROPE, 30).between(d.globexEuropeKickoff(), null),
                Assignment.of(DESIGNER_US, GLOBEX_EUROPE, 40).between(d.globexEuropeKickoff(), null),
                Assignment.of(EMPLOYEE_RATE_ENGINEER, INITECH_ROLLOUT, 30),
                Assignment.of(JOINER, INITECH_ROLLOUT, 30),
                Assignment.of(PART_TIME_24, INITECH_ROLLOUT, 20),
                Assignment.of(MANAGER_US, INITECH_ROLLOUT, 20),
                Assignment.of(MANAGER_US, INITECH_BI, 10).between(null, d.initechCancellation()),
                // the retainer's load swings: under the included hours, then well over, then about right
                Assignment.of(PARTNER_US, STARK_ADVISORY, 25).varying(50, 160, 100),
                Assignment.of(PART_TIME_32, STARK_ADVISORY, 20).varying(50, 160, 100),
                Assignment.of(LEAVER, STARK_ADVISORY, 20).varying(50, 160, 100),
                Assignment.of(PARTNER_US, STARK_DILIGENCE, 25).between(d.diligenceStart(), d.diligenceEnd()),
                Assignment.of(PART_TIME_24, STARK_DILIGENCE, 70).between(d.diligenceStart(), d.diligenceEnd()),
                Assignment.of(PART_TIME_32, STARK_DILIGENCE, 20).between(d.diligenceStart(), d.diligenceEnd()),
                Assignment.of(MANAGER_EU, UMBRELLA_PLATFORM, 40),
                Assignment.of(ENGINEER_EU, UMBRELLA_PLATFORM, 80),
                Assignment.of(JUNIOR_ENGINEER_EU, UMBRELLA_PLATFORM, 80),
                Assignment.of(MANAGER_EU, WAYNE_ADVISORY, 40).varying(60, 150, 100),
                Assignment.of(CONSULTANT_EU, WAYNE_ADVISORY, 70).varying(60, 150, 100),
                Assignment.of(CONSULTANT_EU, ACME_SUBSCRIPTION, 15).between(d.acmeStart(), null),
                Assignment.of(JUNIOR_ENGINEER_EU, ACME_SUBSCRIPTION, 15).between(d.acmeStart(), null));
    }

    private static List<Assignment> generic(StaffMember s, List<String> genericProjects) {
        int j = s.index() - DemoFirmSpec.MIN_EMPLOYEES - 1;
        int n = genericProjects.size();
        String primary = genericProjects.get(j % n);
        List<Assignment> list = new ArrayList<>();
        list.add(Assignment.of(s.id(), primary, 80));
        // a second project of the same entity (every other project shares it), when there is one
        for (int step = 1; step < n; step++) {
            int k = (j * 7 + step * 2) % n;
            if (k != j % n && k % 2 == (j % n) % 2) {
                list.add(Assignment.of(s.id(), genericProjects.get(k), 25));
                break;
            }
        }
        return list;
    }
}
