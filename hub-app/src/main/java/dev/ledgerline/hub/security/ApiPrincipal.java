package dev.ledgerline.hub.security;

import java.util.Set;

/** Who calls the API: the token's name and scopes. Holds no secret. */
public record ApiPrincipal(String name, Set<String> scopes) {

    public ApiPrincipal {
        scopes = Set.copyOf(scopes);
    }

    /** Object-level check: only {@code ingest:<source>} writes records of that source. */
    public boolean mayIngest(String source) {
        return scopes.contains(Scopes.INGEST_PREFIX + source);
    }

    /** Reading a record: the read, ops, finance or admin scope, or ingesting for its source. */
    public boolean mayRead(String source) {
        return scopes.contains(Scopes.READ)
                || scopes.contains(Scopes.OPS)
                || scopes.contains(Scopes.FINANCE)
                || scopes.contains(Scopes.ADMIN)
                || mayIngest(source);
    }

    /** Reading reports: the read, ops, finance or admin scope (an ingest-only token reads none). */
    public boolean mayReadReports() {
        return scopes.contains(Scopes.READ)
                || scopes.contains(Scopes.OPS)
                || scopes.contains(Scopes.FINANCE)
                || scopes.contains(Scopes.ADMIN);
    }

    /** Employee cost data (cost, margin, actual hourly cost) is for finance and admin only. */
    public boolean maySeeEmployeeCost() {
        return scopes.contains(Scopes.FINANCE) || scopes.contains(Scopes.ADMIN);
    }

    /** The actor written into the transition history. */
    public String actor() {
        return "token:" + name;
    }
}
