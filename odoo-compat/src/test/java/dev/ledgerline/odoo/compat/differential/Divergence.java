package dev.ledgerline.odoo.compat.differential;

import java.util.List;

/**
 * A call the sandbox answered differently from Odoo.
 *
 * @param kind the operation kind
 * @param call the call, with Odoo's ids
 * @param difference the differences found, one per line
 * @param sandbox the sandbox's answer, clipped
 * @param real Odoo's answer, clipped
 */
record Divergence(String kind, String call, String difference, String sandbox, String real) {

    List<String> differences() {
        return List.of(difference.split("\n"));
    }

    String report() {
        return "[" + kind + "] " + call + "\n    difference: " + String.join("\n    difference: ", differences())
                + "\n    sandbox: " + sandbox + "\n    odoo:    " + real;
    }
}
