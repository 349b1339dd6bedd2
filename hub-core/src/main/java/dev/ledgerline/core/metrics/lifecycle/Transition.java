package dev.ledgerline.core.metrics.lifecycle;

import dev.ledgerline.core.canonical.Project;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a project's lifecycle: from which state (null for the first), to which, at which
 * ledger instant, and why: the record that caused it, or the later event that implies it.
 */
public record Transition(Project.Status from, Project.Status to, Instant at, String cause) {

    public Transition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
