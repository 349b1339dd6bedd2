package dev.ledgerline.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Pieces of contract terms as data trees: milestones, amendments, copies for later versions. */
final class ContractTrees {

    private ContractTrees() {}

    static DataTree milestone(String id, String name, BigDecimal amount, BigDecimal percent, LocalDate due) {
        return DataTree.data()
                .put("id", id)
                .put("name", name)
                .put("amount", amount)
                .put("percent", percent)
                .put("dueDate", due);
    }

    static DataTree amendment(String id, LocalDate effective, boolean signed, DataTree changes) {
        return DataTree.data()
                .put("id", id)
                .put("effectiveDate", effective)
                .put("changes", changes)
                .put("signed", signed);
    }

    static DataTree copy(DataTree terms) {
        DataTree c = DataTree.data();
        c.map().putAll(terms.map());
        return c;
    }
}
