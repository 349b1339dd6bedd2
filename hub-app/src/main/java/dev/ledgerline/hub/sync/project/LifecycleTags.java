package dev.ledgerline.hub.sync.project;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Project.Status;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.odoo.client.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project's lifecycle state (domain.md "Project lifecycle") shown in Odoo as one project tag, {@code
 * Ledgerline: in_delivery}: visible on the project's card, searchable and groupable, and the firm's own
 * tags stay as they are. The tag of the current state is linked and the other lifecycle tags unlinked,
 * so a write changes only those (docs/adr/0601).
 *
 * <p>What a delivery knows: a project being sent to Odoo is at least {@code initiated}; a later
 * ordered state or {@code closed} sent by the project's system is shown as sent. The derived billing
 * states are the hub's reports' ({@code ProjectLifecycle}), not written by a delivery.
 */
public final class LifecycleTags {

    /** The prefix of every lifecycle tag's name. */
    public static final String PREFIX = "Ledgerline: ";

    private LifecycleTags() {}

    /** The state a delivery shows for this version of the project. */
    public static Status shown(Project project) {
        Status explicit = project.status();
        if (explicit == null) {
            return Status.INITIATED;
        }
        return switch (explicit) {
            case SOLD, INITIATED, PENDING_BILLING, PARTIALLY_BILLED -> Status.INITIATED;
            case STAFFED, IN_DELIVERY, CLOSED -> explicit;
        };
    }

    /** The name of a state's tag: {@code Ledgerline: in_delivery}. */
    public static String tagName(Status state) {
        return PREFIX + state.name().toLowerCase(Locale.ROOT);
    }

    /** The commands that leave exactly the state's lifecycle tag on the project, beside the firm's tags. */
    public static List<Command> commands(Status state, MappingContext context) {
        List<Command> commands = new ArrayList<>();
        for (Status s : Status.values()) {
            String name = tagName(s);
            long id = context.lookupOrCreate("project.tags", "name", name, Map.of("name", name));
            commands.add(s == state ? Command.link(id) : Command.unlink(id));
        }
        return commands;
    }
}
