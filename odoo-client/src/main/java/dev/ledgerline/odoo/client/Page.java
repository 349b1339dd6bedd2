package dev.ledgerline.odoo.client;

/**
 * Which slice of a search result to return: Odoo's {@code offset}, {@code limit} and {@code order}.
 *
 * <p>For reading everything, prefer {@link OdooModel#stream}: it pages by id, so records created or
 * deleted while reading never make it skip or repeat one, as offset paging can.
 *
 * @param offset how many matching records to skip, {@code 0} or more
 * @param limit at most this many records; {@code 0} for no limit
 * @param order Odoo's order clause, e.g. {@code "write_date asc, id asc"}, or {@code null} for the
 *     model's default order
 */
public record Page(int offset, int limit, String order) {

    /** Checks the bounds. */
    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative (0 = no limit), got " + limit);
        }
        if (order != null && order.isBlank()) {
            order = null;
        }
    }

    /**
     * The first {@code limit} records in the model's default order.
     *
     * @param limit the page size
     * @return the page
     */
    public static Page first(int limit) {
        return new Page(0, limit, null);
    }

    /**
     * {@code limit} records after skipping {@code offset}.
     *
     * @param offset records to skip
     * @param limit the page size
     * @return the page
     */
    public static Page of(int offset, int limit) {
        return new Page(offset, limit, null);
    }

    /**
     * Every record, in the model's default order.
     *
     * @return the unlimited page
     */
    public static Page unlimited() {
        return new Page(0, 0, null);
    }

    /**
     * The same slice in another order.
     *
     * @param orderClause e.g. {@code "date desc, id desc"}
     * @return the page
     */
    public Page orderBy(String orderClause) {
        return new Page(offset, limit, orderClause);
    }

    /**
     * The page after this one.
     *
     * @return the page at {@code offset + limit}
     * @throws IllegalStateException for an unlimited page
     */
    public Page next() {
        if (limit == 0) {
            throw new IllegalStateException("an unlimited page has no next page");
        }
        return new Page(offset + limit, limit, order);
    }
}
