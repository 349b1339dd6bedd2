package dev.ledgerline.core.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the transition table as a Mermaid state diagram, for docs/architecture.md. */
public final class StateDiagram {

    private StateDiagram() {}

    public static String mermaid() {
        Map<String, List<DeliveryEvent>> edges = new LinkedHashMap<>();
        for (DeliveryStateMachine.Row row : DeliveryStateMachine.rows()) {
            edges.computeIfAbsent(row.from() + " --> " + row.to(), k -> new java.util.ArrayList<>())
                    .add(row.event());
        }
        StringBuilder out = new StringBuilder("```mermaid\nstateDiagram-v2\n");
        out.append("    [*] --> ").append(DeliveryState.RECEIVED).append('\n');
        edges.forEach((edge, events) -> out.append("    ")
                .append(edge)
                .append(" : ")
                .append(events.stream().map(Enum::name).collect(Collectors.joining(", ")))
                .append('\n'));
        out.append("```\n");
        return out.toString();
    }
}
