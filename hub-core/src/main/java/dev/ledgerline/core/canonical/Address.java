package dev.ledgerline.core.canonical;

/** A postal address; every part is optional. */
public record Address(String street, String city, String zip, String country) {}
