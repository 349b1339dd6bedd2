/**
 * {@code GET /api/v1/reports/{metric}}: one SQL query per metric over the report facts
 * ({@link dev.ledgerline.hub.reporting.SqlReports}), answering what {@code MetricCatalog} answers.
 * docs/adr/0208.
 */
package dev.ledgerline.hub.reporting;
