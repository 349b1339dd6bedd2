package dev.ledgerline.core.billing.correction;

import dev.ledgerline.core.billing.LineKind;
import dev.ledgerline.core.billing.LineReason;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.draft.DraftLine;
import dev.ledgerline.core.billing.draft.DraftLineBuilder;
import dev.ledgerline.core.billing.draft.Section;
import dev.ledgerline.core.billing.draft.SortKey;
import dev.ledgerline.core.billing.state.RunContext;
import dev.ledgerline.core.billing.state.SourcePosition;
import dev.ledgerline.core.canonical.RecordKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds credit and extra lines that refer to an original line. */
final class CorrectionLines {

    private CorrectionLines() {}

    /**
     * A credit of {@code hours} at the original unit price, never more than {@code cap} (what the record
     * was billed after write-downs and adjustments); a capped credit is one line of quantity 1.
     *
     * @return null when nothing can be credited (the record was billed at zero)
     */
    static DraftLine credit(
            RunContext ctx,
            SourcePosition position,
            long version,
            LineKind kind,
            BigDecimal hours,
            BigDecimal full,
            BigDecimal cap,
            LineReason reason,
            LocalDate date,
            String externalId,
            Section section,
            int sub) {
        BigDecimal credited = full.min(cap);
        if (credited.signum() <= 0) {
            return null;
        }
        var original = kind == LineKind.MARKUP ? position.originalMarkupLine() : position.originalLine();
        DraftLineBuilder b = DraftLineBuilder.line(
                        ctx.contractRef(), kind, "credit:" + original.lineId() + ":" + position.ref() + "@" + version)
                .creditNote(ctx.runDate())
                .project(original.project())
                .description(
                        "Credit (" + reason.name().toLowerCase().replace('_', ' ') + "): " + original.description())
                .serviceType(kind == LineKind.TIME ? "time" : "expense")
                .taxedLike(original)
                .refersTo(
                        original.lineId(),
                        position.originalProposal() == null
                                ? null
                                : position.originalProposal().id())
                .item(original.item())
                .reason(reason.name())
                .sort(new SortKey(section, date, externalId, sub));
        boolean capped = credited.compareTo(full) < 0;
        if (kind == LineKind.TIME && !capped) {
            b.priced(hours, original.unitPrice());
        } else {
            b.lumpSum(credited);
        }
        DraftLine line = b.build();
        return withSource(line, position.ref(), version, hours, line.amount());
    }

    /** An extra invoice line for {@code hours} more at the original unit price. */
    static DraftLine extraHours(
            RunContext ctx,
            SourcePosition position,
            long version,
            BigDecimal recorded,
            BigDecimal hours,
            LocalDate date,
            String externalId) {
        var original = position.originalLine();
        DraftLine line = DraftLineBuilder.line(
                        ctx.contractRef(),
                        LineKind.TIME,
                        "extra:" + original.lineId() + ":" + position.ref() + "@" + version)
                .invoice(ctx.runDate())
                .project(original.project())
                .description("Additional hours: " + original.description())
                .priced(hours, original.unitPrice())
                .serviceType("time")
                .taxedLike(original)
                .refersTo(original.lineId(), position.originalProposal().id())
                .reason(LineReason.HOURS_CHANGED.name())
                .sort(SortKey.of(Section.TIME, date, externalId))
                .build();
        return withSource(line, position.ref(), version, hours, line.amount(), recorded);
    }

    static DraftLine withSource(DraftLine l, RecordKey ref, long version, BigDecimal hours, BigDecimal amount) {
        return withSource(l, ref, version, hours, amount, null);
    }

    static DraftLine withSource(
            DraftLine l, RecordKey ref, long version, BigDecimal hours, BigDecimal amount, BigDecimal recorded) {
        return new DraftLine(
                l.contract(),
                l.kind(),
                l.identity(),
                l.document(),
                l.documentDate(),
                l.project(),
                l.description(),
                l.quantity(),
                l.unitPrice(),
                l.amount(),
                l.serviceType(),
                l.inheritedTax(),
                l.refersTo(),
                l.refersToProposal(),
                l.item(),
                l.reason(),
                l.roundingDifference(),
                List.of(new LineSource(ref, version, recorded, hours, amount)),
                l.sort());
    }
}
