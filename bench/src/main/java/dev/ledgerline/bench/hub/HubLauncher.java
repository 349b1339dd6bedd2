package dev.ledgerline.bench.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Starts hubs from one packaged jar, each in its own directory under {@code workRoot}.
 *
 * @param jar {@code hub-app/target/ledgerline.jar}
 * @param workRoot where each hub's directory (database, configuration, log, flight recording) goes
 */
public record HubLauncher(Path jar, Path workRoot) {

    /** The JVM options of every benchmark hub: the heap the hub is sized for (P3). */
    public static final List<String> JVM = List.of("-Xmx512m");

    public HubProcess start(String name, Map<String, String> settings, List<String> jvmOptions) {
        return HubProcess.start(jar, workRoot.resolve(name), settings, jvmOptions, Duration.ofMinutes(3));
    }

    /** Whether the packaged hub has a sync flow in {@code dev.ledgerline.hub.sync.<flow>}. */
    public boolean hasFlow(String flow) {
        String prefix = "BOOT-INF/classes/dev/ledgerline/hub/sync/" + flow + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream()
                    .anyMatch(e -> e.getName().startsWith(prefix) && e.getName().endsWith("Mapping.class"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + jar, e);
        }
    }
}
