package dev.ledgerline.core.ownership;

/** What happens to an item that changes fields its sender does not own. */
public enum OwnershipMode {
    /** The item is refused with {@code OWNERSHIP_VIOLATION} per foreign field; nothing of it is applied. */
    REJECT,
    /** The foreign fields keep their stored values, the rest is applied, the answer carries warnings. */
    IGNORE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
