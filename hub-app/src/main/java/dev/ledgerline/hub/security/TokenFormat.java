package dev.ledgerline.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * API tokens: {@code llk_<32 random base62 characters>_<6 base62 characters of CRC32>}. The prefix
 * makes a leaked token recognisable to secret scanners, the checksum lets the hub refuse a mistyped
 * token without a database lookup. Tokens are stored as their SHA-256: they carry 190 bits of
 * randomness, so a slow password hash would add nothing.
 */
public final class TokenFormat {

    private static final String PREFIX = "llk_";
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 32;
    private static final int CHECK_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenFormat() {}

    /** A new random token; shown once to whoever asked for it, never stored or logged. */
    public static String generate() {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return PREFIX + random + "_" + checksum(random.toString());
    }

    public static boolean isWellFormed(String token) {
        if (token == null || token.length() != PREFIX.length() + RANDOM_LENGTH + 1 + CHECK_LENGTH) {
            return false;
        }
        if (!token.startsWith(PREFIX) || token.charAt(PREFIX.length() + RANDOM_LENGTH) != '_') {
            return false;
        }
        String random = token.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        if (random.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return false;
        }
        return checksum(random).equals(token.substring(PREFIX.length() + RANDOM_LENGTH + 1));
    }

    /** The hex SHA-256 a token is stored and looked up by. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update((PREFIX + random).getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[CHECK_LENGTH];
        for (int i = CHECK_LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return new String(out);
    }
}
