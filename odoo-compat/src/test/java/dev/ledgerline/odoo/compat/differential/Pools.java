package dev.ledgerline.odoo.compat.differential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the workload has made so far on both sides, for later operations to pick from. */
final class Pools {

    /** A project, its analytic account (when it has timesheets) and whether it belongs to the second company. */
    record Project(Ref ref, Optional<Ref> account, boolean eu) {}

    /** A task and its project. */
    record Task(Ref ref, Project project) {}

    /** An invoice or credit note and what the workload knows of it from Odoo's last answer. */
    static final class Move {
        final Ref ref;
        final String type;
        final Ref partner;
        final LocalDate date;
        final List<Map<String, Object>> lines;
        final boolean foreignCurrency;
        String state = "draft";
        String paymentState = "not_paid";
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        List<Ref> allLines = List.of();

        /** Takes state, payment state and total from Odoo's answer to a read of this move. */
        void update(Exchange read) {
            if (read.bothResults() && read.result().size() == 1) {
                tools.jackson.databind.JsonNode move = read.result().get(0);
                state = move.path("state").asString(state);
                paymentState = move.path("payment_state").asString(paymentState);
                total = move.path("amount_total").decimalValue();
            }
        }

        Move(Ref ref, String type, Ref partner, LocalDate date, List<Map<String, Object>> lines, boolean foreign) {
            this.ref = ref;
            this.type = type;
            this.partner = partner;
            this.date = date;
            this.lines = lines;
            this.foreignCurrency = foreign;
        }
    }

    Ref mainCompany;
    Ref euCompany;
    Ref eur;
    Ref admin;
    final List<Ref> customers = new ArrayList<>();
    final List<Ref> euCustomers = new ArrayList<>();
    final List<Ref> contacts = new ArrayList<>();
    final List<Ref> employees = new ArrayList<>();
    final List<Ref> euEmployees = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    final List<Ref> taxes = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    final java.util.Set<LocalDate> rateDays = new java.util.HashSet<>();
    private final Map<String, List<Ref>> made = new LinkedHashMap<>();
    private int serial;

    /** A new number for names and references. */
    int next() {
        return ++serial;
    }

    /** Remembers a record made (or found) by the workload, for the final comparison. */
    Ref made(Ref ref) {
        List<Ref> refs = made.computeIfAbsent(ref.model(), m -> new ArrayList<>());
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
        return ref;
    }

    Map<String, List<Ref>> made() {
        return made;
    }

    List<Move> moves(String state) {
        return moves.stream().filter(m -> m.state.equals(state)).toList();
    }

    static <T> Optional<T> pick(List<T> from, int seed) {
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get(Math.floorMod(seed, from.size())));
    }
}
