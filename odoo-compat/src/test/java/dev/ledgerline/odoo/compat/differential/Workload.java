package dev.ledgerline.odoo.compat.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a generated list of {@link Intent}s on both servers through one {@link Differential}: first the
 * master data every database of the hub has (the second company, EUR with a rate, the sale taxes), then
 * the intents, then a read of every record made, compared field by field.
 */
final class Workload {

    /** Invoice and timesheet dates: 2026, before the day the recorded server ran. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private final Differential odoo;
    private final Pools pools = new Pools();

    Workload(Differential odoo) {
        this.odoo = odoo;
    }

    Exchange run(Call call) {
        return odoo.run(call);
    }

    Pools pools() {
        return pools;
    }

    LocalDate day(int seed) {
        return FIRST_DAY.plusDays(Math.floorMod(seed, 300));
    }

    /** The context of the second company (with the first allowed as well). */
    List<Ref> inEu() {
        return List.of(pools.euCompany, pools.mainCompany);
    }

    /** Both companies, for reads that must see everything. */
    List<Ref> everywhere() {
        return List.of(pools.mainCompany, pools.euCompany);
    }

    void setUp(String password) {
        odoo.authenticate("setup.authenticate", "admin", password);
        odoo.authenticate("setup.bad_password", "admin", "not-the-password");
        Exchange companies =
                run(Call.searchRead("company.search", "res.company", List.of(), Fields.COMPANY, Map.of("order", "id")));
        pools.mainCompany = companies.recordIds().getFirst();
        pools.admin = run(Call.search("user.search", "res.users", List.of(Call.leaf("login", "=", "admin")), Map.of()))
                .ids()
                .getFirst();
        pools.eur = run(Call.search(
                        "currency.search",
                        "res.currency",
                        List.of(Call.leaf("name", "=", "EUR"), Call.leaf("active", "in", List.of(true, false))),
                        Map.of()))
                .ids()
                .getFirst();
        run(Call.write("currency.activate", "res.currency", List.of(pools.eur), Map.of("active", true)));
        new MasterDataIntents.NewRate(0, 2).apply(this);
        pools.euCompany = pools.made(run(Call.create(
                        "company.create", "res.company", Map.of("name", "Firm EU GmbH", "currency_id", pools.eur)))
                .created()
                .orElseThrow(() -> new IllegalStateException("the second company could not be created")));
        run(Call.write(
                "user.grant_company",
                "res.users",
                List.of(pools.admin),
                Map.of("company_ids", List.of(List.of(4, pools.euCompany)))));
        run(Call.read("company.read", "res.company", List.of(pools.mainCompany, pools.euCompany), Fields.COMPANY)
                .inCompanies(everywhere()));
        Exchange taxes = run(Call.searchRead(
                "tax.search",
                "account.tax",
                List.of(
                        Call.leaf("type_tax_use", "=", "sale"),
                        Call.leaf("amount_type", "=", "percent"),
                        Call.leaf("company_id", "=", pools.mainCompany)),
                Fields.TAX,
                Map.of("order", "id")));
        taxes.recordIds().forEach(tax -> pools.taxes.add(pools.made(tax)));
        List<Intent> basics = List.of(
                new MasterDataIntents.NewTax(1),
                new MasterDataIntents.NewCustomers(3, true, false),
                new MasterDataIntents.NewCustomers(1, false, true),
                new MasterDataIntents.NewEmployees(List.of(0, 3), false),
                new MasterDataIntents.NewEmployees(List.of(1), true),
                new ProjectIntents.NewProject(0, true, true, false),
                new ProjectIntents.NewProject(1, true, false, false),
                new ProjectIntents.NewProject(0, true, false, true),
                new ProjectIntents.NewTask(0));
        basics.forEach(intent -> intent.apply(this));
    }

    /** Applies the intents in order until {@code operations} calls have been compared (or the list ends). */
    void apply(List<Intent> intents, int operations) {
        for (Intent intent : intents) {
            if (odoo.operations() >= operations) {
                return;
            }
            intent.apply(this);
        }
    }

    /** Reads every record the workload made, in both companies, and every analytic line and payment. */
    void compareEverything() {
        for (Map.Entry<String, List<Ref>> made : pools.made().entrySet()) {
            List<Ref> refs = made.getValue();
            for (int from = 0; from < refs.size(); from += 80) {
                run(Call.read(
                                "final." + made.getKey(),
                                made.getKey(),
                                refs.subList(from, Math.min(refs.size(), from + 80)),
                                Fields.of(made.getKey()))
                        .inCompanies(everywhere()));
            }
        }
        run(Call.searchRead(
                        "final.invoice_analytic_lines",
                        "account.analytic.line",
                        List.of(Call.leaf("move_line_id", "!=", false)),
                        Fields.INVOICE_ANALYTIC_LINE,
                        Map.of("order", "id"))
                .inCompanies(everywhere()));
        run(Call.searchRead(
                        "final.timesheets",
                        "account.analytic.line",
                        List.of(Call.leaf("project_id", "!=", false)),
                        Fields.TIMESHEET,
                        Map.of("order", "id"))
                .inCompanies(everywhere()));
        run(Call.searchRead("final.payments", "account.payment", List.of(), Fields.PAYMENT, Map.of("order", "id"))
                .inCompanies(everywhere()));
    }

    /** Refs of one model the workload made, up to {@code count} from {@code seed} on. */
    List<Ref> sample(String model, int seed, int count) {
        List<Ref> refs = pools.made().getOrDefault(model, List.of());
        List<Ref> sample = new ArrayList<>();
        for (int i = 0; i < Math.min(count, refs.size()); i++) {
            sample.add(refs.get(Math.floorMod(seed + i, refs.size())));
        }
        return sample.stream().distinct().toList();
    }
}
