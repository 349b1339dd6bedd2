package dev.ledgerline.odoo.compat.differential;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which sandbox id is which real id, per model, learnt as the answers show them: from what creates return,
 * and from every id both sides put in the same place of the same answer. Records of the fresh database
 * keep their ids on both sides, and so map to themselves.
 */
final class IdCorrespondence {

    /**
     * Models whose records all come with the fresh database and are never created by the workload: an id
     * stands for itself on both sides, so one answer naming another record there is a difference of that
     * answer and does not teach a wrong correspondence to every later one.
     */
    private static final Set<String> SEEDED = Set.of("account.account");

    private final Map<String, Map<Long, Long>> toReal = new HashMap<>();
    private final Map<String, Map<Long, Long>> toSandbox = new HashMap<>();

    /**
     * Records that {@code sandbox} and {@code real} are the same record of {@code model}.
     *
     * @return a difference when either id already stands for another record, else {@code null}
     */
    String match(String model, long sandbox, long real) {
        if (SEEDED.contains(model)) {
            return sandbox == real
                    ? null
                    : model + " id " + sandbox + " on the sandbox is " + sandbox + " on Odoo, not " + real;
        }
        Map<Long, Long> forward = toReal.computeIfAbsent(model, m -> new HashMap<>());
        Map<Long, Long> backward = toSandbox.computeIfAbsent(model, m -> new HashMap<>());
        Long known = forward.get(sandbox);
        if (known != null) {
            return known == real
                    ? null
                    : model + " id " + sandbox + " on the sandbox is " + known + " on Odoo, not " + real;
        }
        Long other = backward.get(real);
        if (other != null) {
            return model + " id " + real + " on Odoo is " + other + " on the sandbox, not " + sandbox;
        }
        forward.put(sandbox, real);
        backward.put(real, sandbox);
        return null;
    }
}
