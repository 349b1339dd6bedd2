package dev.ledgerline.odoo.client;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The Odoo server's version as {@code common.version} (or {@code GET /web/version}) reports it.
 *
 * @param major the major version, e.g. {@code 18} (also for SaaS builds such as {@code saas~17.2})
 * @param minor the minor version, e.g. {@code 0} for {@code 18.0}, {@code 2} for {@code saas~17.2}
 * @param serie the series, e.g. {@code 18.0} or {@code saas~17.2}
 * @param full the full version text, e.g. {@code 18.0+e-20241005}
 */
public record ServerVersion(int major, int minor, String serie, String full) {

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)");

    /** Checks the parts. */
    public ServerVersion {
        if (major <= 0 || minor < 0) {
            throw new IllegalArgumentException("not an Odoo version: " + major + "." + minor);
        }
        Objects.requireNonNull(serie, "serie");
        Objects.requireNonNull(full, "full");
    }

    /**
     * Whether this server is the given major version or later.
     *
     * @param otherMajor a major version, e.g. {@code 19}
     * @return {@code true} when {@link #major()} is at least {@code otherMajor}
     */
    public boolean atLeast(int otherMajor) {
        return major >= otherMajor;
    }

    /**
     * Reads the answer of {@code common.version} ({@code server_version_info}, {@code server_serie},
     * {@code server_version}) or of {@code GET /web/version} ({@code version_info}, {@code version}).
     *
     * @param answer the JSON answer
     * @return the version
     * @throws IllegalArgumentException when the answer holds no version
     */
    public static ServerVersion parse(JsonNode answer) {
        String serie = text(answer, "server_serie", "version");
        String full = text(answer, "server_version", "version");
        JsonNode info =
                answer.has("server_version_info") ? answer.get("server_version_info") : answer.path("version_info");
        Matcher numbers = NUMBERS.matcher(serie == null ? "" : serie);
        if (numbers.find()) {
            return new ServerVersion(
                    Integer.parseInt(numbers.group(1)),
                    Integer.parseInt(numbers.group(2)),
                    serie,
                    full == null ? serie : full);
        }
        if (info.isArray()
                && info.size() >= 2
                && info.get(0).canConvertToInt()
                && info.get(1).canConvertToInt()) {
            int major = info.get(0).asInt();
            int minor = info.get(1).asInt();
            String derived = major + "." + minor;
            return new ServerVersion(major, minor, derived, full == null ? derived : full);
        }
        throw new IllegalArgumentException("the server did not report a version: " + answer);
    }

    private static String text(JsonNode answer, String first, String second) {
        JsonNode node = answer.has(first) ? answer.get(first) : answer.path(second);
        return node.isString() ? node.asString() : null;
    }

    @Override
    public String toString() {
        return serie;
    }
}
