/** hub-core. */
package dev.ledgerline.core;
