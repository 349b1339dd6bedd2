package dev.ledgerline.bench.hub;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The two API tokens a benchmark's hub is configured with: a feed allowed to ingest every source the
 * benchmarks send, and an operator that reads metrics and exceptions. New random values on every run, in
 * the hub's token format ({@code llk_<32 base62>_<6 base62 of CRC32>}, docs/configuration.md).
 */
public record Tokens(String feed, String operator) {

    /** The sources whose records the benchmarks send. */
    public static final List<String> SOURCES = List.of("crm", "hr", "psa");

    private static final String PREFIX = "llk_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static Tokens generate() {
        return new Tokens(token(), token());
    }

    /** {@code ledgerline.security.tokens[…]} for the hub's configuration. */
    public Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("ledgerline.security.tokens[0].name", "bench-feed");
        s.put("ledgerline.security.tokens[0].token", feed);
        for (int i = 0; i < SOURCES.size(); i++) {
            s.put("ledgerline.security.tokens[0].scopes[" + i + "]", "ingest:" + SOURCES.get(i));
        }
        s.put("ledgerline.security.tokens[1].name", "bench-operator");
        s.put("ledgerline.security.tokens[1].token", operator);
        s.put("ledgerline.security.tokens[1].scopes[0]", "ops");
        s.put("ledgerline.security.tokens[1].scopes[1]", "read");
        return s;
    }

    private static String token() {
        StringBuilder random = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        CRC32 crc = new CRC32();
        crc.update((PREFIX + random).getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] check = new char[6];
        for (int i = check.length - 1; i >= 0; i--) {
            check[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return PREFIX + random + "_" + new String(check);
    }

    @Override
    public String toString() {
        return "Tokens[feed=…, operator=…]";
    }
}
