package dev.ledgerline.odoo.compat.differential;

/**
 * A record both servers hold, with its id on each: the workload refers to records only through these, and
 * each call is written out with the ids of the side it goes to.
 */
record Ref(String model, long sandbox, long real) {

    long id(Side side) {
        return side == Side.SANDBOX ? sandbox : real;
    }

    @Override
    public String toString() {
        return model + "(" + (sandbox == real ? Long.toString(real) : "sandbox " + sandbox + " / real " + real) + ")";
    }
}
