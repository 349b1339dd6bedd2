package dev.ledgerline.core.metrics;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.Invoice.Line;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.numbers.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Time fees on posted Odoo documents, per time entry and per contract. A document's time lines
 * ({@code time}, {@code time_correction}) and the adjustments of them ({@code writedown},
 * {@code writeup} of a time line, {@code nte_writedown}) are time fees; on a credit note they count
 * negative. A line that names several entries (a summarized line, an adjustment) is shared among them
 * pro rata to their current contract value, rounded cumulatively so the shares add up to the line;
 * an adjustment without entries of its own belongs to the entries of the line it adjusts, a
 * credit-note line without entries to those of the original line it reverses.
 */
public final class BilledTime {

    public static final Set<String> TIME_LINES = Set.of("time", "time_correction");
    /** Adjustment kinds as pulled back, and as the hub's own proposals name them. */
    public static final Set<String> ADJUSTMENTS =
            Set.of("writedown", "writeup", "nte_writedown", "write_down", "write_up", "nte_adjustment");

    private static final Set<String> CAP_ADJUSTMENTS = Set.of("nte_writedown", "nte_adjustment");

    /** One signed share of a document line, in the document's currency. */
    public record Piece(Invoice document, Line line, BigDecimal amount) {

        public LocalDate date() {
            return document.invoiceDate();
        }
    }

    private final List<Invoice> documents = new ArrayList<>();
    private final Map<RecordKey, List<Piece>> piecesByEntry = new HashMap<>();
    private final Map<RecordKey, Invoice> firstInvoice = new HashMap<>();
    private final Map<RecordKey, BigDecimal> weights;
    private final Map<String, Invoice> byNumber = new HashMap<>();
    private final Map<Line, Map<RecordKey, BigDecimal>> sharesByLine = new IdentityHashMap<>();

    public BilledTime(HeldRecords held, List<ClassifiedEntry> entries) {
        this.weights = new HashMap<>();
        for (ClassifiedEntry c : entries) {
            weights.put(c.key(), c.contractValue().orElse(BigDecimal.ZERO));
        }
        for (RecordVersion<Invoice> v : held.all(RecordType.INVOICE, Invoice.class)) {
            Invoice doc = v.data();
            if (doc.isPosted() && doc.invoiceDate() != null) {
                documents.add(doc);
                byNumber.put(doc.entity() + "\u0000" + doc.number(), doc);
            }
        }
        documents.forEach(this::read);
    }

    /** Posted invoices and credit notes, in key order. */
    public List<Invoice> documents() {
        return documents;
    }

    /** Whether the entry is on a time line of a posted invoice dated on or before {@code date}. */
    public boolean invoicedBy(RecordKey entry, LocalDate date) {
        Invoice first = firstInvoice.get(entry);
        return first != null && !first.invoiceDate().isAfter(date);
    }

    /** Whether the entry is on a time line of any posted invoice. */
    public boolean invoiced(RecordKey entry) {
        return firstInvoice.containsKey(entry);
    }

    /** The earliest posted invoice with the entry on a time line. */
    public Optional<Invoice> firstInvoice(RecordKey entry) {
        return Optional.ofNullable(firstInvoice.get(entry));
    }

    /** Every entry's shares of one document line, empty for a line that is no time fee. */
    public Map<RecordKey, BigDecimal> sharesOf(Line line) {
        return sharesByLine.getOrDefault(line, Map.of());
    }

    /** The entry's shares of time fees on posted documents (signed; credit notes negative). */
    public List<Piece> pieces(RecordKey entry) {
        return piecesByEntry.getOrDefault(entry, List.of());
    }

    /**
     * Net billed time fees of a contract in its documents' currency: Σ time lines and their
     * adjustments less credit-note time lines, over posted documents dated on or before {@code date}.
     */
    public BigDecimal netTimeFees(Ref contract, LocalDate date) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Invoice doc : documents) {
            if (contract.equals(doc.contract()) && !doc.invoiceDate().isAfter(date)) {
                for (Line line : doc.lines()) {
                    if (isTimeFee(doc, line)) {
                        sum = sum.add(signed(doc, line.amount()));
                    }
                }
            }
        }
        return sum;
    }

    /** Whether a line of a document is a time fee: a time line, or an adjustment of one. */
    public static boolean isTimeFee(Invoice doc, Line line) {
        if (TIME_LINES.contains(line.kind())) {
            return true;
        }
        if (!ADJUSTMENTS.contains(line.kind())) {
            return false;
        }
        if (CAP_ADJUSTMENTS.contains(line.kind()) || line.adjustsLine() == null) {
            return true;
        }
        return lineOf(doc, line.adjustsLine())
                .map(l -> TIME_LINES.contains(l.kind()))
                .orElse(true);
    }

    private void read(Invoice doc) {
        for (Line line : doc.lines()) {
            if (!isTimeFee(doc, line)) {
                continue;
            }
            List<RecordKey> entries = timeEntries(line);
            if (entries.isEmpty() && line.adjustsLine() != null) {
                entries = lineOf(doc, line.adjustsLine())
                        .map(BilledTime::timeEntries)
                        .orElse(List.of());
            }
            if (entries.isEmpty() && line.reversesLine() != null && doc.reverses() != null) {
                entries = Optional.ofNullable(byNumber.get(doc.entity() + "\u0000" + doc.reverses()))
                        .flatMap(original -> lineOf(original, line.reversesLine()))
                        .map(BilledTime::timeEntries)
                        .orElse(List.of());
            }
            if (!doc.isCreditNote() && TIME_LINES.contains(line.kind())) {
                for (RecordKey e : entries) {
                    firstInvoice.merge(e, doc, (a, b) -> b.invoiceDate().isBefore(a.invoiceDate()) ? b : a);
                }
            }
            Map<RecordKey, BigDecimal> shares = share(signed(doc, line.amount()), entries);
            sharesByLine.put(line, shares);
            shares.forEach((entry, amount) ->
                    piecesByEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(new Piece(doc, line, amount)));
        }
    }

    /** {@code amount} shared among {@code entries} pro rata to their contract value, to the cent, cumulatively. */
    private Map<RecordKey, BigDecimal> share(BigDecimal amount, List<RecordKey> entries) {
        Map<RecordKey, BigDecimal> shares = new HashMap<>();
        if (entries.isEmpty()) {
            return shares;
        }
        if (entries.size() == 1) {
            shares.put(entries.getFirst(), amount);
            return shares;
        }
        BigDecimal total = entries.stream()
                .map(e -> weights.getOrDefault(e, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean equal = total.signum() == 0;
        BigDecimal cumulativeWeight = BigDecimal.ZERO;
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            RecordKey e = entries.get(i);
            cumulativeWeight = cumulativeWeight.add(equal ? BigDecimal.ONE : weights.getOrDefault(e, BigDecimal.ZERO));
            BigDecimal denominator = equal ? BigDecimal.valueOf(entries.size()) : total;
            BigDecimal upTo = Rounding.cents(amount.multiply(cumulativeWeight).divide(denominator, Rounding.DIVISION));
            shares.merge(e, upTo.subtract(given), BigDecimal::add);
            given = upTo;
        }
        return shares;
    }

    private static List<RecordKey> timeEntries(Line line) {
        return line.entries().stream()
                .filter(k -> k.type() == RecordType.TIME_ENTRY)
                .toList();
    }

    private static Optional<Line> lineOf(Invoice doc, int number) {
        return doc.lines().stream().filter(l -> l.line() == number).findFirst();
    }

    private static BigDecimal signed(Invoice doc, BigDecimal amount) {
        return doc.isCreditNote() ? amount.negate() : amount;
    }
}
