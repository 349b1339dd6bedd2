package dev.ledgerline.odoo.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks every record matching a domain, one {@code search_read} per page, in id order, cutting pages
 * with {@code id > last id seen} instead of an offset: a record created or deleted while the walk runs
 * shifts no later page, so none is skipped or read twice.
 */
final class KeysetPages implements Iterator<OdooRecord> {

    private final OdooModel model;
    private final Domain domain;
    private final List<String> fields;
    private final int pageSize;
    private Iterator<OdooRecord> page = List.<OdooRecord>of().iterator();
    private long lastId;
    private boolean exhausted;

    KeysetPages(OdooModel model, Domain domain, List<String> fields, int pageSize) {
        this.model = model;
        this.domain = domain;
        this.fields = List.copyOf(fields);
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        while (!page.hasNext() && !exhausted) {
            List<OdooRecord> next =
                    model.searchRead(domain.and(Domain.gt("id", lastId)), fields, new Page(0, pageSize, "id asc"));
            // a short page is the last one; a full one may be followed by an empty page
            exhausted = next.size() < pageSize;
            if (!next.isEmpty()) {
                lastId = next.getLast().id();
            }
            page = next.iterator();
        }
        return page.hasNext();
    }

    @Override
    public OdooRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
