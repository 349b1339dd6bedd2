package dev.ledgerline.odoo.client.internal;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A password or API key: shown only where the protocol needs it, never by {@code toString}. */
public final class Secret {

    private static final String MASK = "********";

    private final String value;
    private final Pattern token;

    private Secret(String value) {
        this.value = value;
        // whole-token match: a password "admin" must not mangle "administrator" in Odoo's messages
        this.token = Pattern.compile("(?<![\\p{Alnum}_])" + Pattern.quote(value) + "(?![\\p{Alnum}_])");
    }

    /**
     * Wraps a secret.
     *
     * @param value the password or API key
     * @return the secret
     * @throws IllegalArgumentException when the value is blank
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password or API key cannot be blank");
        }
        return new Secret(value);
    }

    /**
     * The secret itself, for the one place the protocol carries it.
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    /**
     * Removes every occurrence of the secret from a text, e.g. an error message Odoo echoed it in.
     *
     * @param text any text, or {@code null}
     * @return the text with the secret masked
     */
    public String redact(String text) {
        if (text == null || !text.contains(value)) {
            return text;
        }
        return token.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    @Override
    public String toString() {
        return MASK;
    }
}
