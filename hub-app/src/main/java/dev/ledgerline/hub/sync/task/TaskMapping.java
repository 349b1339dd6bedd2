package dev.ledgerline.hub.sync.task;

import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.Task;
import dev.ledgerline.hub.binding.ExternalReference;
import dev.ledgerline.hub.sync.Mapping;
import dev.ledgerline.hub.sync.MappingContext;
import dev.ledgerline.hub.sync.validation.DeliveryChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Task → {@code project.task}: name, project, parent task (a subtask) and the planned hours as Odoo's
 * allocated hours. Stages, assignees, deadlines and descriptions stay with Odoo's users. The hub's key
 * goes in {@code x_ledgerline_ref}. A task marked billable on a project that is not (internal, or not
 * billable) is refused before delivery ({@code BILLABLE_MISMATCH}).
 */
@Component
public class TaskMapping implements Mapping<Task> {

    private static final Set<String> FIELDS = Set.of("name", "project_id", "parent_id", "allocated_hours");

    private final DeliveryChecks checks;

    public TaskMapping(DeliveryChecks checks) {
        this.checks = checks;
    }

    @Override
    public RecordType type() {
        return RecordType.TASK;
    }

    @Override
    public Class<Task> recordClass() {
        return Task.class;
    }

    @Override
    public String model() {
        return "project.task";
    }

    @Override
    public ExternalReference reference() {
        return ExternalReference.customField();
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, Object> values(Task t, MappingContext context) {
        context.record(t.project().key(RecordType.PROJECT), Project.class)
                .ifPresent(project -> checks.taskBillableOnProject(t, "'" + t.name() + "'", project));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", t.name());
        values.put("project_id", context.odooId(t.project().key(RecordType.PROJECT)));
        values.put(
                "parent_id",
                t.parent() == null ? false : context.odooId(t.parent().key(RecordType.TASK)));
        if (t.plannedHours() != null) {
            values.put("allocated_hours", t.plannedHours());
        }
        return values;
    }
}
