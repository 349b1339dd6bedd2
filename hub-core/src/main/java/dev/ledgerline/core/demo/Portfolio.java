package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The firm's clients and engagements as they are built: master records (first versions), later
 * versions (amendments, a cancellation, a closed project) and the project plans the time sheets
 * work on.
 */
final class Portfolio {

    final List<SourceRecord> masters = new ArrayList<>();
    final List<SourceRecord> later = new ArrayList<>();
    final Map<String, ProjectPlan> projects = new LinkedHashMap<>();

    /** A contract's first version, sent when it was signed. */
    void contract(
            String id,
            String customer,
            String entity,
            String currency,
            String model,
            LocalDate signed,
            DataTree terms) {
        masters.add(SourceRecord.first(
                Sources.CRM,
                RecordType.CONTRACT,
                id,
                Moments.at(signed, 15, 0, entity),
                entity,
                contractData(customer, entity, currency, model, terms)));
    }

    /** A later version of a contract: the whole record again, as sources send it. */
    void contractVersion(
            String id,
            long version,
            Instant occurredAt,
            String customer,
            String entity,
            String currency,
            String model,
            DataTree terms) {
        later.add(new SourceRecord(
                Sources.CRM,
                RecordType.CONTRACT,
                id,
                version,
                occurredAt,
                entity,
                contractData(customer, entity, currency, model, terms)));
    }

    private static DataTree contractData(
            String customer, String entity, String currency, String model, DataTree terms) {
        DataTree data = DataTree.data()
                .put("customer", customer)
                .put("entity", entity)
                .put("currency", currency)
                .put("billingModel", model);
        terms.map().forEach((k, v) -> data.map().put(k, v));
        return data;
    }

    /** A project's first version with its tasks, and its plan for the time sheets. */
    void project(ProjectPlan plan, String name, String practice, LocalDate start, LocalDate end, DataTree extra) {
        masters.add(SourceRecord.first(
                Sources.PSA,
                RecordType.PROJECT,
                plan.id(),
                Moments.at(start.minusDays(7), 9, 30, plan.entity()),
                plan.entity(),
                projectData(plan, name, practice, start, end, "in_delivery", extra)));
        for (TaskPlan t : plan.tasks()) {
            masters.add(SourceRecord.first(
                    Sources.PSA,
                    RecordType.TASK,
                    t.id(),
                    Moments.at(start.minusDays(7), 9, 45, plan.entity()),
                    plan.entity(),
                    DataTree.data()
                            .put("project", plan.id())
                            .put("name", t.name())
                            .put("billable", t.billable())));
        }
        projects.put(plan.id(), plan);
    }

    static DataTree projectData(
            ProjectPlan plan,
            String name,
            String practice,
            LocalDate start,
            LocalDate end,
            String status,
            DataTree extra) {
        DataTree data = DataTree.data()
                .put("name", name)
                .put("customer", Sources.ref(Sources.CRM, plan.customerId()))
                .put("entity", plan.entity())
                .put("kind", plan.client() ? "client" : "internal")
                .put("contract", plan.contractId() == null ? null : Sources.ref(Sources.CRM, plan.contractId()))
                .put("status", status)
                .put("manager", Sources.ref(Sources.HR, plan.managerId()))
                .put("practice", practice)
                .put("startDate", start)
                .put("endDate", end)
                .put("billable", plan.billable() ? null : Boolean.FALSE);
        extra.map().forEach((k, v) -> data.map().put(k, v));
        return data;
    }

    /** The client's acceptance of a milestone, sent by the CRM on the day. */
    void acceptance(String contract, String milestone, LocalDate on, String entity, String acceptedBy) {
        later.add(SourceRecord.first(
                Sources.CRM,
                RecordType.MILESTONE_ACCEPTANCE,
                "MA-" + contract + "-" + milestone,
                Moments.at(on, 17, 0, entity),
                entity,
                DataTree.data()
                        .put("contract", contract)
                        .put("milestone", milestone)
                        .put("acceptedOn", on)
                        .put("acceptedBy", acceptedBy)));
    }

    static DataTree budget(BigDecimal hours, BigDecimal amount) {
        return DataTree.data().put("budgetHours", hours).put("budgetAmount", amount);
    }
}
