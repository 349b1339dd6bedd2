package dev.ledgerline.odoo.compat.differential;

import java.util.List;
import java.util.Map;

/** A call Odoo refuses, of the kinds an integration meets: both sides must refuse it the same way. */
record Mistake(int kind, int seed) implements Intent {

    static final int KINDS = 15;

    private static final Ref MISSING_PARTNER = new Ref("res.partner", 999_999_999L, 999_999_999L);

    @Override
    public void apply(Workload w) {
        Pools p = w.pools();
        switch (Math.floorMod(kind, KINDS)) {
            case 0 -> w.run(Call.create("error.unknown_field", "res.partner", Map.of("name", "X", "no_such_field", 1)));
            case 1 ->
                w.run(Call.write(
                        "error.write_missing", "res.partner", List.of(MISSING_PARTNER), Map.of("name", "ghost")));
            case 2 -> w.run(Call.unlink("error.unlink_missing", "res.partner", List.of(MISSING_PARTNER)));
            case 3 -> w.run(Call.read("error.read_missing", "res.partner", List.of(MISSING_PARTNER), List.of("name")));
            case 4 ->
                Pools.pick(p.moves("posted"), seed)
                        .ifPresent(m -> w.run(Call.unlink("error.unlink_posted", "account.move", List.of(m.ref))));
            case 5 ->
                Pools.pick(p.moves("posted"), seed)
                        .ifPresent(m ->
                                w.run(Call.method("error.post_twice", "account.move", "action_post", List.of(m.ref))));
            case 6 ->
                p.projects.stream()
                        .filter(project -> project.account().isPresent() && !project.eu())
                        .findFirst()
                        .ifPresent(project -> Pools.pick(p.employees, seed)
                                .ifPresent(employee -> w.run(Call.create(
                                        "error.bad_date",
                                        "account.analytic.line",
                                        Map.of(
                                                "project_id",
                                                project.ref(),
                                                "employee_id",
                                                employee,
                                                "unit_amount",
                                                2,
                                                "date",
                                                "2026-13-45",
                                                "name",
                                                "bad date")))));
            case 7 ->
                Pools.pick(p.employees, seed)
                        .ifPresent(e -> w.run(Call.write(
                                "error.bad_selection", "hr.employee", List.of(e), Map.of("employee_type", "bogus"))));
            case 8 -> w.run(Call.create("error.missing_required", "project.project", Map.of("allow_timesheets", true)));
            case 9 ->
                Pools.pick(p.moves("posted"), seed)
                        .filter(m -> !m.allLines.isEmpty())
                        .ifPresent(m -> w.run(Call.write(
                                "error.edit_posted",
                                "account.move",
                                List.of(m.ref),
                                Map.of(
                                        "invoice_line_ids",
                                        List.of(List.of(1, m.allLines.getFirst(), Map.of("price_unit", 1)))))));
            case 10 -> Pools.pick(p.moves("draft"), seed).ifPresent(m -> payDraft(w, m));
            case 11 ->
                w.run(Call.create(
                                "error.company_not_allowed",
                                "project.project",
                                Map.of("name", "Not allowed " + p.next(), "company_id", p.euCompany))
                        .inCompanies(List.of(p.mainCompany)));
            case 12 -> w.run(Call.search("error.unknown_model", "no.such.model", List.of(), Map.of()));
            case 13 -> secondRateOnOneDay(w);
            default -> partnerAsItsOwnParent(w);
        }
    }

    /** The payment wizard on a draft: refused when it is created or when it pays. */
    private static void payDraft(Workload w, Pools.Move draft) {
        Map<String, Object> context = Map.of("active_model", "account.move", "active_ids", List.of(draft.ref));
        w.run(Call.create("error.pay_draft", "account.payment.register", Map.of("payment_date", draft.date))
                        .withContext(context))
                .created()
                .ifPresent(wizard -> w.run(Call.method(
                                "error.pay_draft",
                                "account.payment.register",
                                "action_create_payments",
                                List.of(wizard))
                        .withContext(context)));
    }

    /** Two EUR rates for one day, years after the invoices so that a server that takes both changes none. */
    private static void secondRateOnOneDay(Workload w) {
        Map<String, Object> rate = Map.of(
                "currency_id",
                w.pools().eur,
                "name",
                java.time.LocalDate.of(2030, 1, 1),
                "rate",
                new java.math.BigDecimal("0.5"));
        if (w.pools().rateDays.add(java.time.LocalDate.of(2030, 1, 1))) {
            w.run(Call.create("rate.create", "res.currency.rate", rate));
        }
        w.run(Call.create("error.rate_same_day", "res.currency.rate", rate));
    }

    /** On a partner of its own, so that a server that accepts the loop does not spoil the rest of the run. */
    private static void partnerAsItsOwnParent(Workload w) {
        w.run(Call.create(
                        "error.partner_recursion",
                        "res.partner",
                        Map.of("name", "Loop " + w.pools().next())))
                .created()
                .ifPresent(partner -> w.run(Call.write(
                        "error.partner_recursion", "res.partner", List.of(partner), Map.of("parent_id", partner))));
    }
}
