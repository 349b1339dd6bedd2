package dev.ledgerline.odoo.sandbox.access;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Users' passwords and API keys (Odoo keeps them hashed in its own tables; the sandbox keeps them here). */
public final class Credentials {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Integer, String> passwords = new HashMap<>();
    private final Map<String, Integer> apiKeys = new HashMap<>();

    public void password(int uid, String password) {
        passwords.put(uid, password);
    }

    public void apiKey(int uid, String key) {
        apiKeys.put(key, uid);
    }

    /** A new random API key in Odoo's format (40 hex digits). */
    public static String newKey() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code secret} is the user's password or one of his API keys. */
    public boolean accepts(int uid, String secret) {
        if (secret == null) {
            return false;
        }
        return secret.equals(passwords.get(uid)) || Integer.valueOf(uid).equals(apiKeys.get(secret));
    }

    public Optional<Integer> userOfKey(String key) {
        return Optional.ofNullable(apiKeys.get(key));
    }

    public Map<Integer, String> passwords() {
        return Map.copyOf(passwords);
    }

    public Map<String, Integer> apiKeys() {
        return Map.copyOf(apiKeys);
    }

    public void clear() {
        passwords.clear();
        apiKeys.clear();
    }
}
