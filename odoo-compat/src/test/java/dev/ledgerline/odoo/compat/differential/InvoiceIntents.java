package dev.ledgerline.odoo.compat.differential;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer invoices and credit notes: creation, posting, payments through the wizard, reversal. */
final class InvoiceIntents {

    static final List<BigDecimal> QUANTITIES = MasterDataIntents.decimals("1", "2", "7.5", "11.5", "0.25", "40");
    static final List<BigDecimal> PRICES =
            MasterDataIntents.decimals("150.00", "99.99", "33.33", "1250.00", "0.99", "87.50");

    private InvoiceIntents() {}

    /** One invoice line: quantity, price, tax (negative: none), analytic mode (0 none, 1 one project, 2 split). */
    record Line(int quantity, int price, int tax, int analytic, int account) {}

    static Exchange readMove(Workload w, String kind, Pools.Move move) {
        Exchange read = w.run(Call.read(kind, "account.move", List.of(move.ref), Fields.MOVE));
        move.update(read);
        return read;
    }

    /** An invoice or credit note with 1–3 lines, in USD or EUR; in the second company it has no journal. */
    record NewInvoice(boolean refund, int customer, boolean foreign, int day, List<Line> lines, boolean eu)
            implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            Optional<Ref> partner = Pools.pick(eu ? p.euCustomers : p.customers, customer);
            if (partner.isEmpty()) {
                return;
            }
            List<Ref> accounts = p.projects.stream()
                    .filter(project -> !project.eu())
                    .flatMap(project -> project.account().stream())
                    .toList();
            List<Map<String, Object>> lineValues = new ArrayList<>();
            for (Line line : lines) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("name", "Line " + p.next());
                values.put("quantity", QUANTITIES.get(Math.floorMod(line.quantity(), QUANTITIES.size())));
                values.put("price_unit", PRICES.get(Math.floorMod(line.price(), PRICES.size())));
                List<Ref> taxes = line.tax() < 0 || eu
                        ? List.of()
                        : Pools.pick(p.taxes, line.tax()).stream().toList();
                values.put("tax_ids", List.of(List.of(6, 0, taxes)));
                Map<Ref, Integer> distribution = distribution(accounts, line);
                if (!distribution.isEmpty() && !eu) {
                    values.put("analytic_distribution", distribution);
                }
                lineValues.add(values);
            }
            String type = refund ? "out_refund" : "out_invoice";
            LocalDate date = w.day(day);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("move_type", type);
            values.put("partner_id", partner.get());
            values.put("invoice_date", date);
            values.put("ref", "LL-" + p.next());
            if (foreign) {
                values.put("currency_id", p.eur);
            }
            if (eu) {
                values.put("company_id", p.euCompany);
            }
            values.put(
                    "invoice_line_ids",
                    lineValues.stream().map(l -> List.of(0, 0, l)).toList());
            String kind = eu ? "invoice.create_without_journal" : refund ? "refund.create" : "invoice.create";
            w.run(Call.create(kind, "account.move", values).inCompanies(eu ? w.inEu() : List.of()))
                    .created()
                    .ifPresent(ref -> {
                        Pools.Move move = new Pools.Move(p.made(ref), type, partner.get(), date, lineValues, foreign);
                        p.moves.add(move);
                        readMove(w, refund ? "refund.read" : "invoice.read", move);
                        move.allLines = w.run(Call.searchRead(
                                        "invoice.lines",
                                        "account.move.line",
                                        List.of(Call.leaf("move_id", "=", ref)),
                                        Fields.MOVE_LINE,
                                        Map.of("order", "id")))
                                .recordIds();
                        move.allLines.forEach(p::made);
                    });
        }

        private static Map<Ref, Integer> distribution(List<Ref> accounts, Line line) {
            Map<Ref, Integer> distribution = new LinkedHashMap<>();
            int mode = Math.floorMod(line.analytic(), 3);
            if (mode == 0 || accounts.isEmpty()) {
                return distribution;
            }
            Ref first = accounts.get(Math.floorMod(line.account(), accounts.size()));
            Ref second = accounts.get(Math.floorMod(line.account() + 1, accounts.size()));
            if (mode == 1 || first.equals(second)) {
                distribution.put(first, 100);
            } else {
                distribution.put(first, 60);
                distribution.put(second, 40);
            }
            return distribution;
        }
    }

    /** {@code action_post} on a draft; posting makes the analytic lines of the distribution. */
    record PostInvoice(int seed) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools.pick(w.pools().moves("draft"), seed).ifPresent(move -> {
                boolean refund = move.type.equals("out_refund");
                w.run(Call.method(
                        refund ? "refund.post" : "invoice.post", "account.move", "action_post", List.of(move.ref)));
                readMove(w, refund ? "refund.read" : "invoice.read", move);
                if (!move.allLines.isEmpty()) {
                    // compared here and at the end; not read back with the timesheets of the same model
                    w.run(Call.searchRead(
                            "invoice.analytic_lines",
                            "account.analytic.line",
                            List.of(Call.leaf("move_line_id", "in", move.allLines)),
                            Fields.INVOICE_ANALYTIC_LINE,
                            Map.of("order", "id")));
                }
            });
        }
    }

    /** The payment wizard on a posted move: the whole residual, half of the total, or 100.00. */
    record Pay(int seed, int share, int day) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            Pools.pick(p.moves("posted"), seed).ifPresent(move -> {
                Map<String, Object> context = Map.of("active_model", "account.move", "active_ids", List.of(move.ref));
                Map<String, Object> values = new LinkedHashMap<>();
                LocalDate date = w.day(day).isBefore(move.date) ? move.date : w.day(day);
                values.put("payment_date", date);
                String kind = switch (Math.floorMod(share, 3)) {
                    case 0 -> "payment.full";
                    case 1 -> {
                        values.put("amount", move.total.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP));
                        yield "payment.half";
                    }
                    default -> {
                        values.put("amount", new BigDecimal("100.00"));
                        yield "payment.fixed";
                    }
                };
                Optional<Ref> wizard = w.run(Call.create(kind + ".wizard", "account.payment.register", values)
                                .withContext(context))
                        .created();
                if (wizard.isEmpty()) {
                    return;
                }
                w.run(Call.read(
                                "payment.wizard_read",
                                "account.payment.register",
                                List.of(wizard.get()),
                                Fields.PAYMENT_WIZARD)
                        .withContext(context));
                Exchange paid = w.run(
                        Call.method(kind, "account.payment.register", "action_create_payments", List.of(wizard.get()))
                                .withContext(context));
                readMove(w, "invoice.read_after_payment", move);
                if (paid.bothResults()
                        && paid.sandbox().result().path("res_id").isIntegralNumber()
                        && paid.result().path("res_id").isIntegralNumber()) {
                    Ref payment = p.made(new Ref(
                            "account.payment",
                            paid.sandbox().result().path("res_id").asLong(),
                            paid.result().path("res_id").asLong()));
                    w.run(Call.read("payment.read", "account.payment", List.of(payment), Fields.PAYMENT));
                }
            });
        }
    }

    /** A credit note reversing a posted invoice, in full (its lines again) or in part, posted at once. */
    record Reverse(int seed, boolean full, int day) implements Intent {
        @Override
        public void apply(Workload w) {
            Pools p = w.pools();
            List<Pools.Move> invoices = p.moves("posted").stream()
                    .filter(m -> m.type.equals("out_invoice"))
                    .toList();
            Pools.pick(invoices, seed).ifPresent(invoice -> {
                LocalDate date = w.day(day).isBefore(invoice.date) ? invoice.date : w.day(day);
                List<Map<String, Object>> lines = full
                        ? invoice.lines
                        : List.of(Map.of(
                                "name",
                                "Credit " + p.next(),
                                "quantity",
                                BigDecimal.ONE,
                                "price_unit",
                                new BigDecimal("50.00"),
                                "tax_ids",
                                invoice.lines.getFirst().get("tax_ids")));
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("move_type", "out_refund");
                values.put("partner_id", invoice.partner);
                values.put("reversed_entry_id", invoice.ref);
                values.put("invoice_date", date);
                if (invoice.foreignCurrency) {
                    values.put("currency_id", p.eur);
                }
                values.put(
                        "invoice_line_ids",
                        lines.stream().map(l -> List.of(0, 0, l)).toList());
                String kind = full ? "reversal.full" : "reversal.partial";
                w.run(Call.create(kind + ".create", "account.move", values))
                        .created()
                        .ifPresent(ref -> {
                            Pools.Move credit = new Pools.Move(
                                    p.made(ref), "out_refund", invoice.partner, date, lines, invoice.foreignCurrency);
                            p.moves.add(credit);
                            w.run(Call.method(kind + ".post", "account.move", "action_post", List.of(ref)));
                            readMove(w, "refund.read", credit);
                            readMove(w, "invoice.read_after_reversal", invoice);
                        });
            });
        }
    }
}
