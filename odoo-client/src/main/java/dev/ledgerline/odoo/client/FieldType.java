package dev.ledgerline.odoo.client;

/** The type of an Odoo field as {@code fields_get} reports it. */
public enum FieldType {
    /** {@code char} */
    CHAR("char"),
    /** {@code text} */
    TEXT("text"),
    /** {@code html} */
    HTML("html"),
    /** {@code integer} */
    INTEGER("integer"),
    /** {@code float} */
    FLOAT("float"),
    /** {@code monetary}: a float with a currency field beside it */
    MONETARY("monetary"),
    /** {@code boolean} */
    BOOLEAN("boolean"),
    /** {@code date}: {@code YYYY-MM-DD} */
    DATE("date"),
    /** {@code datetime}: {@code YYYY-MM-DD HH:MM:SS} in UTC */
    DATETIME("datetime"),
    /** {@code selection}: one of {@link FieldInfo#selection()} */
    SELECTION("selection"),
    /** {@code many2one}: read as {@code [id, name]} */
    MANY2ONE("many2one"),
    /** {@code one2many}: read as ids, written with {@link Command}s */
    ONE2MANY("one2many"),
    /** {@code many2many}: read as ids, written with {@link Command}s */
    MANY2MANY("many2many"),
    /** {@code many2one_reference}: an id whose model is held in another field */
    MANY2ONE_REFERENCE("many2one_reference"),
    /** {@code reference}: {@code "model,id"} */
    REFERENCE("reference"),
    /** {@code binary}: base64 */
    BINARY("binary"),
    /** {@code json}, e.g. {@code analytic_distribution} */
    JSON("json"),
    /** {@code properties} */
    PROPERTIES("properties"),
    /** {@code properties_definition} */
    PROPERTIES_DEFINITION("properties_definition"),
    /** a type this client does not know (a newer Odoo, a custom field type) */
    OTHER("");

    private final String odooName;

    FieldType(String odooName) {
        this.odooName = odooName;
    }

    /**
     * The type as Odoo names it.
     *
     * @return e.g. {@code many2one}; empty for {@link #OTHER}
     */
    public String odooName() {
        return odooName;
    }

    /**
     * Whether values of this type point at records of {@link FieldInfo#relation()}.
     *
     * @return {@code true} for many2one, one2many and many2many
     */
    public boolean isRelational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    /**
     * Whether values of this type are written with {@link Command}s.
     *
     * @return {@code true} for one2many and many2many
     */
    public boolean isX2many() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    /**
     * Looks a type up by Odoo's name.
     *
     * @param odooName e.g. {@code monetary}
     * @return the type, {@link #OTHER} when unknown
     */
    public static FieldType of(String odooName) {
        for (FieldType type : values()) {
            if (type != OTHER && type.odooName.equals(odooName)) {
                return type;
            }
        }
        return OTHER;
    }
}
