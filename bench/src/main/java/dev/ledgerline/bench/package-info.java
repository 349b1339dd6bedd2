/** bench. */
package dev.ledgerline.bench;
