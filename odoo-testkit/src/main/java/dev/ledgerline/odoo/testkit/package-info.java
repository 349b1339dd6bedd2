/**
 * Test support for anything that talks to Odoo. {@link dev.ledgerline.odoo.testkit.RealOdoo} on a test
 * class hands it a real Odoo as an {@link dev.ledgerline.odoo.testkit.OdooServer} or a connected {@code
 * OdooClient}: the server named by {@code ODOO_URL}/{@code ODOO_DB}/{@code ODOO_USER}/{@code ODOO_API_KEY}
 * (or {@code ODOO_PASSWORD}) when they are set, else a local Odoo 18 started once per test JVM by {@code
 * ../shared/odoo/run-odoo}. {@link dev.ledgerline.odoo.testkit.TranscriptReplayer} replays the recorded
 * transcripts ({@link dev.ledgerline.odoo.testkit.RecordedOdoo}) against any server, the sandbox or a real
 * Odoo. {@link dev.ledgerline.odoo.testkit.FaultProxy} stands between a client and any Odoo and disturbs
 * the calls a test names ({@link dev.ledgerline.odoo.testkit.ProxyRule}): 503, delay, a reset before the
 * call is forwarded, or a dropped answer after Odoo committed.
 */
package dev.ledgerline.odoo.testkit;
