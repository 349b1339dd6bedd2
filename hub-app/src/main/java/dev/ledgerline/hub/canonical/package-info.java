/**
 * The read side of the ledger as typed records: {@link dev.ledgerline.hub.canonical.CanonicalStore}
 * loads the version histories of records, held up to an instant of ledger receipt time, by key, by
 * type, by what they refer to, and everything one contract's billing needs. Payloads are read with
 * the same {@code CanonicalReader} ingest validated them with. {@code canonical_link} (written by
 * ingest) indexes what each version refers to.
 */
package dev.ledgerline.hub.canonical;
