/**
 * Ledgerline's benchmarks (../shared/design/performance.md), run with {@code ./ledgerline bench}: {@link
 * dev.ledgerline.bench.Bench} starts what each one measures (the hub as its own process, a throw-away
 * PostgreSQL, the Odoo sandbox, a real Odoo 18), prints a table and writes {@code bench/results/<name>.json}.
 */
package dev.ledgerline.bench;
