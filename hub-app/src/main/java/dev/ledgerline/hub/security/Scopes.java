package dev.ledgerline.hub.security;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/** The scopes a token can carry; {@code ingest:<source>} is the only one with an object. */
final class Scopes {

    static final String READ = "read";
    static final String OPS = "ops";
    static final String FINANCE = "finance";
    static final String ADMIN = "admin";
    static final String INGEST_PREFIX = "ingest:";

    private static final Set<String> PLAIN = Set.of(READ, OPS, FINANCE, ADMIN);
    private static final Pattern INGEST = Pattern.compile("ingest:[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Scopes() {}

    static void requireValid(Collection<String> scopes, String owner) {
        for (String s : scopes) {
            if (!PLAIN.contains(s) && !INGEST.matcher(s).matches()) {
                throw new IllegalArgumentException(
                        owner + ": unknown scope " + s + " (ingest:<source>, read, ops, finance, admin)");
            }
        }
    }
}
