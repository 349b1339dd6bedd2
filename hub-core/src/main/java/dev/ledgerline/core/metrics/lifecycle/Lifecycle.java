package dev.ledgerline.core.metrics.lifecycle;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Ref;
import java.util.List;
import java.util.Optional;

/**
 * A project's lifecycle as derived at an instant: its state (null before it is sold), every
 * transition with its cause, and why an explicit close does not take effect yet, when it does not.
 */
public record Lifecycle(
        Ref project, Project.Status state, List<Transition> transitions, Optional<String> closeBlocked) {

    public Lifecycle {
        transitions = List.copyOf(transitions);
    }
}
