package dev.ledgerline.odoo.sandbox.orm;

/** A public method of a model, called with the records and the arguments of the call. */
@FunctionalInterface
public interface ModelMethod {
    Object call(Env env, Call call);
}
