package dev.ledgerline.odoo.sandbox.account;

import dev.ledgerline.odoo.sandbox.orm.Env;
import dev.ledgerline.odoo.sandbox.orm.OdooException;
import java.util.Map;

/** The default journal of an entry: the company's first sale, purchase or general journal. */
final class Journals {
    private Journals() {}

    static int forType(Env env, String moveType, int company) {
        String journalType = moveType.startsWith("out_") ? "sale" : moveType.startsWith("in_") ? "purchase" : "general";
        Map<String, Object> best = null;
        for (Map<String, Object> journal : env.db().rows("account.journal")) {
            if (journalType.equals(journal.get("type"))
                    && journal.get("company_id") != null
                    && ((Number) journal.get("company_id")).intValue() == company
                    && (best == null
                            || ((Number) journal.get("sequence")).longValue()
                                    < ((Number) best.get("sequence")).longValue())) {
                best = journal;
            }
        }
        if (best == null) {
            String companyName = env.orm().displayName(env.sudo(), "res.company", company);
            throw OdooException.userError(
                    "No journal could be found in company " + companyName + " for any of those types: " + journalType);
        }
        return (Integer) best.get("id");
    }
}
