package dev.ledgerline.hub.canonical;

/** A stored version the canonical reader no longer accepts; names the key and version, never the payload. */
public class UnreadableVersionException extends RuntimeException {

    public UnreadableVersionException(String message) {
        super(message);
    }
}
