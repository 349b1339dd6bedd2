package dev.ledgerline.odoo.sandbox.model;

import java.util.List;

/**
 * One field of a model as Odoo's {@code fields_get} describes it.
 *
 * @param name technical name
 * @param type Odoo type
 * @param string label
 * @param required whether Odoo refuses a record without it
 * @param readonly whether the field is read-only in Odoo's views (the ORM still lets it be written)
 * @param store whether the value is stored; a field that is neither stored nor given an inverse is computed
 * @param relation target model of a relational field, else {@code null}
 * @param relationField inverse many2one of a one2many, else {@code null}
 * @param selection allowed values of a selection field, else empty
 */
public record FieldSpec(
        String name,
        FieldType type,
        String string,
        boolean required,
        boolean readonly,
        boolean store,
        String relation,
        String relationField,
        List<String> selection) {

    public FieldSpec {
        selection = List.copyOf(selection);
    }

    public boolean isRelational() {
        return type.isRelational();
    }

    public FieldSpec renamed(String newName) {
        return new FieldSpec(newName, type, string, required, readonly, store, relation, relationField, selection);
    }
}
