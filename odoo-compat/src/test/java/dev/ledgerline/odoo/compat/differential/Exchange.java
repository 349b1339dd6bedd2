package dev.ledgerline.odoo.compat.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One call made on both servers: both answers, and the records they name, paired. The workload decides
 * what to do next from Odoo's answer; it goes on with a record only when both sides have it.
 */
record Exchange(Call call, Answer sandbox, Answer real, boolean same) {

    /** Whether both sides answered with a result (the comparison may still have found a difference). */
    boolean bothResults() {
        return sandbox.isResult() && real.isResult();
    }

    /** Odoo's result. */
    JsonNode result() {
        return real.result();
    }

    /** The record a single {@code create} made on both sides. */
    Optional<Ref> created() {
        if (!bothResults()
                || !sandbox.result().isIntegralNumber()
                || !real.result().isIntegralNumber()) {
            return Optional.empty();
        }
        return Optional.of(
                new Ref(call.model(), sandbox.result().asLong(), real.result().asLong()));
    }

    /** The records of a batch {@code create} or of a {@code search}, paired by position. */
    List<Ref> ids() {
        return bothResults() ? pairs(call.model(), sandbox.result(), real.result()) : List.of();
    }

    /** The record a many2one field of the {@code index}-th record points to on both sides. */
    Optional<Ref> many2one(int index, String field, String model) {
        if (!bothResults() || sandbox.result().size() <= index || real.result().size() <= index) {
            return Optional.empty();
        }
        JsonNode left = sandbox.result().get(index).path(field);
        JsonNode right = real.result().get(index).path(field);
        if (!left.isArray() || !right.isArray()) {
            return Optional.empty();
        }
        return Optional.of(new Ref(model, left.get(0).asLong(), right.get(0).asLong()));
    }

    /** The ids of the records a read or search_read returned, paired by position. */
    List<Ref> recordIds() {
        if (!bothResults() || sandbox.result().size() != real.result().size()) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < real.result().size(); i++) {
            refs.add(new Ref(
                    call.model(),
                    sandbox.result().get(i).path("id").asLong(),
                    real.result().get(i).path("id").asLong()));
        }
        return refs;
    }

    private static List<Ref> pairs(String model, JsonNode left, JsonNode right) {
        if (!left.isArray() || !right.isArray() || left.size() != right.size()) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        for (int i = 0; i < right.size(); i++) {
            refs.add(new Ref(model, left.get(i).asLong(), right.get(i).asLong()));
        }
        return refs;
    }
}
