package dev.ledgerline.odoo.sandbox.model;

/** The Odoo field types the schema uses, with what each stores. */
public enum FieldType {
    BOOLEAN,
    INTEGER,
    FLOAT,
    MONETARY,
    CHAR,
    TEXT,
    HTML,
    SELECTION,
    DATE,
    DATETIME,
    MANY2ONE,
    ONE2MANY,
    MANY2MANY,
    JSON,
    BINARY,
    PROPERTIES,
    PROPERTIES_DEFINITION,
    MANY2ONE_REFERENCE,
    REFERENCE;

    public static FieldType of(String odooName) {
        return valueOf(odooName.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isRelational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    public boolean isX2Many() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == FLOAT || this == MONETARY;
    }

    public boolean isText() {
        return this == CHAR || this == TEXT || this == HTML || this == SELECTION;
    }

    /** Odoo's name for the type, as {@code fields_get} answers it. */
    public String odooName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
