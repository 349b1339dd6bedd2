package dev.ledgerline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench/results/<name>.json}: what was measured, how ({@code settings}), on what machine, the
 * figures, so that a later run can be compared with this one, and what was tried and did not finish.
 */
public record ResultFile(
        String benchmark,
        String command,
        boolean shortMode,
        Instant startedAt,
        Instant finishedAt,
        Machine machine,
        Object settings,
        Object results,
        List<String> failures) {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Writes it as {@code <dir>/<benchmark>[-short].json}; answers the file. */
    public Path write(Path dir) {
        Path file = dir.resolve(benchmark + (shortMode ? "-short" : "") + ".json");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, JSON.writeValueAsString(this) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
