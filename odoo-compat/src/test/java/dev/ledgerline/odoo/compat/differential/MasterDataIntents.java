package dev.ledgerline.odoo.compat.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partners, employees, taxes and currency rates. */
final class MasterDataIntents {

    static final List<BigDecimal> HOURLY_COSTS = decimals("35.00", "55.00", "72.50", "90.00", "123.45", "0.00");
    static final List<BigDecimal> TAX_PERCENTS = decimals("5", "7.5", "10", "20", "21", "8.875");
    static final List<BigDecimal> EUR_RATES = decimals("0.92", "0.9", "0.95", "0.8875", "1.1");

    private MasterDataIntents() {}

    static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** Customers (one call for one, a batch for several), a billing contact, in the first or second company. */
    record NewCustomers(int count, boolean withContact, boolean eu) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            List<Ref> companies = eu ? w.inEu() : List.of();
            List<Map<String, Object>> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = p.next();
                Map<String, Object> partner = new LinkedHashMap<>();
                partner.put("name", "Customer " + n);
                partner.put("is_company", true);
                partner.put("ref", String.format("C-%05d", n));
                partner.put("email", "ap" + n + "@client" + n + ".example");
                if (eu) {
                    partner.put("company_id", p.euCompany);
                }
                values.add(partner);
            }
            List<Ref> made = count == 1
                    ? w.run(Call.create("partner.create", "res.partner", values.getFirst())
                                    .inCompanies(companies))
                            .created()
                            .map(List::of)
                            .orElse(List.of())
                    : w.run(Call.createAll("partner.create_batch", "res.partner", values)
                                    .inCompanies(companies))
                            .ids();
            made.forEach(p::made);
            (eu ? p.euCustomers : p.customers).addAll(made);
            if (withContact && !eu && !made.isEmpty()) {
                int n = p.next();
                w.run(Call.create(
                                "partner.create_contact",
                                "res.partner",
                                Map.of(
                                        "name",
                                        "Contact " + n,
                                        "parent_id",
                                        made.getFirst(),
                                        "type",
                                        "invoice",
                                        "email",
                                        "billing" + n + "@client.example")))
                        .created()
                        .ifPresent(contact -> p.contacts.add(p.made(contact)));
            }
            if (!made.isEmpty()) {
                w.run(Call.read("partner.read", "res.partner", made, Fields.PARTNER)
                        .inCompanies(companies));
            }
        }
    }

    /** The searches the hub makes before creating, and paging through partners. */
    record FindPartners(int mode, int seed, int offset, int limit) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            switch (Math.floorMod(mode, 8)) {
                case 0 -> {
                    for (int page = 0; page < 2; page++) {
                        w.run(Call.searchRead(
                                "partner.search_read_paged",
                                "res.partner",
                                List.of(Call.leaf("ref", "=like", "C-%")),
                                List.of("name", "ref", "email"),
                                Map.of("order", "ref desc, id", "offset", offset + page * limit, "limit", limit)));
                    }
                }
                case 1 ->
                    w.run(Call.search(
                            "partner.search",
                            "res.partner",
                            List.of(Call.leaf("name", "ilike", "customer " + Math.floorMod(seed, 10))),
                            Map.of("order", "id")));
                case 2 ->
                    w.run(Call.searchCount(
                            "partner.search_count",
                            "res.partner",
                            List.of(Call.leaf("is_company", "=", true), Call.leaf("ref", "!=", false))));
                case 3 ->
                    w.run(Call.search(
                            "partner.search_any",
                            "res.partner",
                            List.of(Call.leaf("child_ids", "any", List.of(Call.leaf("type", "=", "invoice")))),
                            Map.of("order", "id")));
                case 4 ->
                    Pools.pick(p.customers, seed)
                            .ifPresent(customer -> w.run(Call.searchRead(
                                    "partner.search_child_of",
                                    "res.partner",
                                    List.of(Call.leaf("id", "child_of", customer)),
                                    List.of("name", "parent_id", "type"),
                                    Map.of("order", "id"))));
                case 5 ->
                    w.run(Call.searchRead(
                                    "partner.search_other_company",
                                    "res.partner",
                                    List.of(Call.leaf("company_id", "=", p.euCompany)),
                                    List.of("name"),
                                    Map.of("order", "id"))
                            .inCompanies(List.of(p.mainCompany)));
                case 6 ->
                    w.run(Call.searchRead(
                            "partner.search_or",
                            "res.partner",
                            List.of(
                                    "|",
                                    Call.leaf("email", "=ilike", "AP" + Math.floorMod(seed, 10) + "%"),
                                    Call.leaf("name", "=like", "Contact%")),
                            List.of("name", "email"),
                            Map.of("order", "id", "limit", 50)));
                default ->
                    w.run(Call.search(
                            "partner.search_not_any",
                            "res.partner",
                            List.of(
                                    Call.leaf("is_company", "=", true),
                                    Call.leaf("child_ids", "not any", List.of(Call.leaf("type", "=", "invoice")))),
                            Map.of("order", "id")));
            }
        }
    }

    /** A change the CRM sends for a customer or contact. */
    record EditPartner(int seed, int what) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            List<Ref> partners = new ArrayList<>(p.customers);
            partners.addAll(p.contacts);
            Pools.pick(partners, seed).ifPresent(partner -> {
                int n = p.next();
                Map<String, Object> change = switch (Math.floorMod(what, 5)) {
                    case 0 -> Map.of("phone", "+1 555 01" + String.format("%02d", n % 100));
                    case 1 -> Map.of("email", "changed" + n + "@client.example");
                    case 2 -> Map.of("comment", "<p>note " + n + "</p>");
                    case 3 -> Map.of("name", "Renamed " + n);
                    default -> Map.of("ref", String.format("C-%05d", n));
                };
                w.run(Call.write("partner.write", "res.partner", List.of(partner), change));
                w.run(Call.read("partner.read", "res.partner", List.of(partner), Fields.PARTNER));
            });
        }
    }

    /** Employees with an hourly cost, from the HR system, in one call. */
    record NewEmployees(List<Integer> costs, boolean eu) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            List<Map<String, Object>> values = new ArrayList<>();
            for (int cost : costs) {
                int n = p.next();
                Map<String, Object> employee = new LinkedHashMap<>();
                employee.put("name", "Employee " + n);
                employee.put("hourly_cost", HOURLY_COSTS.get(Math.floorMod(cost, HOURLY_COSTS.size())));
                employee.put("work_email", "e" + n + "@firm.example");
                if (eu) {
                    employee.put("company_id", p.euCompany);
                }
                values.add(employee);
            }
            List<Ref> companies = eu ? w.inEu() : List.of();
            List<Ref> made = w.run(Call.createAll("employee.create", "hr.employee", values)
                            .inCompanies(companies))
                    .ids();
            made.forEach(p::made);
            (eu ? p.euEmployees : p.employees).addAll(made);
            if (!made.isEmpty()) {
                w.run(Call.read("employee.read", "hr.employee", made, Fields.EMPLOYEE)
                        .inCompanies(companies));
            }
        }
    }

    /** A new hourly cost; timesheets already logged keep theirs. */
    record ChangeCost(int seed, int cost) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools.pick(w.pools().employees, seed).ifPresent(employee -> {
                w.run(Call.write(
                        "employee.write_cost",
                        "hr.employee",
                        List.of(employee),
                        Map.of("hourly_cost", HOURLY_COSTS.get(Math.floorMod(cost, HOURLY_COSTS.size())))));
                w.run(Call.read("employee.read", "hr.employee", List.of(employee), Fields.EMPLOYEE));
            });
        }
    }

    /** A percent sale tax. */
    record NewTax(int percent) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            BigDecimal amount = TAX_PERCENTS.get(Math.floorMod(percent, TAX_PERCENTS.size()));
            w.run(Call.create(
                            "tax.create",
                            "account.tax",
                            Map.of(
                                    "name",
                                    "Sales tax " + amount.toPlainString() + "% #" + p.next(),
                                    "amount",
                                    amount,
                                    "amount_type",
                                    "percent",
                                    "type_tax_use",
                                    "sale")))
                    .created()
                    .ifPresent(tax -> {
                        p.taxes.add(p.made(tax));
                        w.run(Call.read("tax.read", "account.tax", List.of(tax), Fields.TAX));
                    });
        }
    }

    /** A EUR rate on the first day of a month that has none yet (a second one is a {@link Mistake}). */
    record NewRate(int month, int rate) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            java.time.LocalDate day = java.time.LocalDate.of(2026, 1 + Math.floorMod(month, 11), 1);
            if (!p.rateDays.add(day)) {
                return;
            }
            w.run(Call.create(
                            "rate.create",
                            "res.currency.rate",
                            Map.of(
                                    "currency_id",
                                    p.eur,
                                    "name",
                                    day,
                                    "rate",
                                    EUR_RATES.get(Math.floorMod(rate, EUR_RATES.size())))))
                    .created()
                    .ifPresent(made ->
                            w.run(Call.read("rate.read", "res.currency.rate", List.of(p.made(made)), Fields.RATE)));
        }
    }

    /** Reads back a few records of one kind made earlier, as a pull of their current state does. */
    record ReadBack(int model, int seed) implements Intent {
        @Override
        public void apply(Workload w) {
            List<String> models = new ArrayList<>(w.pools().made().keySet());
            if (models.isEmpty()) {
                return;
            }
            String chosen = models.get(Math.floorMod(model, models.size()));
            List<Ref> refs = w.sample(chosen, seed, 6);
            w.run(Call.read("readback." + chosen, chosen, refs, Fields.of(chosen))
                    .inCompanies(w.everywhere()));
        }
    }
}
