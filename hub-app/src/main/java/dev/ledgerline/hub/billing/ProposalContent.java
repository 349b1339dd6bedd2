package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.LineSource;
import dev.ledgerline.core.billing.ProposalLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The fingerprint of what a proposal bills (lines, sources, totals, dates, exclusions; not its
 * status): a run that computes a proposal again leaves the stored one untouched when it is equal.
 * Numbers are compared by value, so {@code 8} and {@code 8.00} hours are the same.
 */
final class ProposalContent {

    private ProposalContent() {}

    static String hash(InvoiceProposal p) {
        StringBuilder text = new StringBuilder(512);
        add(text, p.kind(), p.invoiceDate(), p.contracts(), p.customer(), p.entity(), p.currency(), p.project());
        add(text, number(p.untaxedAmount()), number(p.estimatedTax()), number(p.total()));
        for (ProposalLine l : p.lines()) {
            add(text, "line", l.lineId(), l.contract(), l.kind(), l.description(), number(l.quantity()));
            add(text, number(l.unitPrice()), number(l.amount()), l.taxCode(), l.taxId(), number(l.taxRate()));
            add(text, number(l.estimatedTax()), l.refersTo(), l.refersToProposal(), l.project(), l.item());
            add(text, l.reason(), number(l.roundingDifference()));
            for (LineSource s : l.sources()) {
                add(text, "source", s.ref(), s.version(), number(s.recordedHours()), number(s.billableHours()));
                add(text, number(s.amount()));
            }
        }
        for (Exclusion e : p.excluded()) {
            add(text, "excluded", e.ref(), e.reason());
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String number(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static void add(StringBuilder text, Object... parts) {
        for (Object part : parts) {
            text.append(Objects.toString(part, "\u0001")).append('\u0000');
        }
    }
}
