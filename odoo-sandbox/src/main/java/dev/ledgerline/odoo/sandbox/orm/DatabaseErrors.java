package dev.ledgerline.odoo.sandbox.orm;

/** The PostgreSQL errors Odoo passes on unchanged, with psycopg2's exception names. */
final class DatabaseErrors {
    private DatabaseErrors() {}

    static OdooException dateOutOfRange(String text, boolean badMonth) {
        String message = "date/time field value out of range: \"" + text + "\"\nLINE 1: ..."
                + "'" + text + "'...\n        ^\n"
                + (badMonth ? "HINT:  Perhaps you need a different \"datestyle\" setting.\n" : "");
        return new OdooException("psycopg2.errors.DatetimeFieldOverflow", message);
    }

    static OdooException invalidDateSyntax(String type, String text) {
        return new OdooException(
                "psycopg2.errors.InvalidDatetimeFormat",
                "invalid input syntax for type " + type + ": \"" + text + "\"\nLINE 1: ..." + "'" + text
                        + "'...\n        ^\n");
    }
}
