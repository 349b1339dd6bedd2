package dev.ledgerline.core.billing.correction;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.canonical.RecordKey;
import java.util.List;
import java.util.Set;

/**
 * What the corrections of a run found.
 *
 * @param credits credit-note lines
 * @param extras extra invoice lines (more hours, more cost) — they consume not-to-exceed room first
 * @param rebills entries whose line is credited in full and that are billed anew at their current values
 * @param handled records the corrections dealt with or left waiting: the run does not bill them as new
 */
public record Correction(
        List<DraftLine> credits, List<DraftLine> extras, List<ClassifiedEntry> rebills, Set<RecordKey> handled) {

    public Correction {
        credits = List.copyOf(credits);
        extras = List.copyOf(extras);
        rebills = List.copyOf(rebills);
        handled = Set.copyOf(handled);
    }
}
