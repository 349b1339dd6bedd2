package dev.ledgerline.odoo.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded Odoo 18 reference data in the shared folder ({@code ../shared/odoo}): the transcripts of
 * real calls and the {@code fields_get} of the hub's models. The folder is the system property {@code
 * ledgerline.shared} (set by the build), else {@code ../shared} beside the repository root.
 */
public final class RecordedOdoo {

    private RecordedOdoo() {}

    /** The shared folder. */
    public static Path sharedDirectory() {
        String shared = System.getProperty("ledgerline.shared");
        return shared != null
                ? Path.of(shared).toAbsolutePath().normalize()
                : RealOdooLocator.rootDir().resolve("../shared").normalize();
    }

    /** {@code odoo/transcripts}: one JSON file per recorded conversation. */
    public static Path transcriptDirectory() {
        return sharedDirectory().resolve("odoo/transcripts");
    }

    /** Every recorded transcript, in name order ({@code 01_handshake.json}, …). */
    public static List<Path> transcripts() {
        try (Stream<Path> files = Files.list(transcriptDirectory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One transcript by its name without extension, e.g. {@code 04_invoices_payments}. */
    public static Path transcript(String name) {
        Path file = transcriptDirectory().resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no recorded transcript " + file);
        }
        return file;
    }

    /** {@code odoo/models-18.0.json}: the recorded {@code fields_get} of 32 models. */
    public static Path models() {
        return sharedDirectory().resolve("odoo/models-18.0.json");
    }
}
