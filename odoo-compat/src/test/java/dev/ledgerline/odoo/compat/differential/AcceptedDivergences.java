package dev.ledgerline.odoo.compat.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The divergences the project accepts, read from the table under "Accepted by the differential test" in
 * {@code odoo-sandbox/DIVERGENCES.md}: one row per accepted divergence, {@code | `operation kinds` |
 * `difference` | reason |}, both regular expressions. Nothing else makes the differential test accept a
 * difference.
 */
final class AcceptedDivergences {

    private static final String HEADING = "## Accepted by the differential test";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]*)`\\s*\\|(.+)\\|\\s*$");

    private final List<DivergencePattern> accepted;

    private AcceptedDivergences(List<DivergencePattern> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    /** {@code odoo-sandbox/DIVERGENCES.md} of this checkout (the build sets {@code ledgerline.root}). */
    static Path file() {
        String root = System.getProperty("ledgerline.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("odoo-sandbox/DIVERGENCES.md");
    }

    static AcceptedDivergences read() {
        return parse(lines(file()));
    }

    static AcceptedDivergences parse(List<String> lines) {
        List<DivergencePattern> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals(HEADING);
                continue;
            }
            Matcher row = ROW.matcher(line.strip());
            if (inSection && row.matches()) {
                rows.add(DivergencePattern.of(
                        row.group(1), row.group(2), row.group(3).strip()));
            }
        }
        return new AcceptedDivergences(rows);
    }

    List<DivergencePattern> all() {
        return accepted;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the list of accepted divergences is missing: " + file, e);
        }
    }
}
