package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The HR system's employee records: a first version for everyone, a second for the employee whose
 * standard cost changes mid-period (from its {@code validFrom}) and for the one who resigns (with
 * the end date, a few weeks ahead).
 */
final class People {

    private People() {}

    static List<SourceRecord> firstVersions(List<StaffMember> staff, Period period) {
        List<SourceRecord> list = new ArrayList<>(staff.size());
        for (StaffMember s : staff) {
            LocalDate known = (s.startDate().isBefore(period.start()) ? s.startDate() : period.start()).minusDays(14);
            // a leaver's first version does not know the end date yet
            boolean leavesLater = s.endDate() != null;
            list.add(SourceRecord.first(
                    Sources.HR,
                    RecordType.EMPLOYEE,
                    s.id(),
                    Moments.at(known, 9, 0, s.entity()),
                    s.entity(),
                    data(s, s.cost(), s.startDate(), leavesLater ? null : s.endDate())));
        }
        return list;
    }

    static List<SourceRecord> laterVersions(List<StaffMember> staff, Period period) {
        List<SourceRecord> list = new ArrayList<>();
        for (StaffMember s : staff) {
            long version = 1;
            if (s.costChangeFrom() != null) {
                list.add(new SourceRecord(
                        Sources.HR,
                        RecordType.EMPLOYEE,
                        s.id(),
                        ++version,
                        Moments.at(s.costChangeFrom().minusDays(5), 11, 0, s.entity()),
                        s.entity(),
                        data(s, s.costAfterChange(), s.costChangeFrom(), null)));
            }
            if (s.endDate() != null) {
                LocalDate notice = s.endDate().minusDays(28);
                if (notice.isBefore(period.start())) {
                    notice = period.start();
                }
                list.add(new SourceRecord(
                        Sources.HR,
                        RecordType.EMPLOYEE,
                        s.id(),
                        ++version,
                        Moments.at(notice, 11, 0, s.entity()),
                        s.entity(),
                        data(s, s.costOn(s.endDate()), s.startDate(), s.endDate())));
            }
        }
        return list;
    }

    private static DataTree data(StaffMember s, java.math.BigDecimal cost, LocalDate validFrom, LocalDate end) {
        return DataTree.data()
                .put("name", s.name())
                .put("entity", s.entity())
                .put("email", s.email())
                .put("role", s.role())
                .put("practice", s.practice())
                .put("department", s.department())
                .put("managerId", s.managerId())
                .put("standardHourlyCost", cost)
                .put("currency", s.currency())
                .put("weeklyCapacityHours", s.weeklyHours())
                .put("startDate", s.startDate())
                .put("endDate", end)
                .put("validFrom", validFrom);
    }
}
