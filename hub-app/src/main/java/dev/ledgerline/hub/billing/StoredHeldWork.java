package dev.ledgerline.hub.billing;

import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.RecordKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link HeldWork} as the stored proposals say: their line sources joined to their status. */
@Repository
class StoredHeldWork implements HeldWork {

    private static final String SQL_HELD = """
            SELECT s.ref, p.id, p.status, p.odoo_name
              FROM billing_line_source s
              JOIN billing_proposal p ON p.id = s.proposal_id
             WHERE s.ref IN (:refs) AND p.status IN (:holding)
             ORDER BY p.run_date DESC, p.id
            """;

    private static final int CHUNK = 1000;

    private static final List<String> HOLDING = java.util.Arrays.stream(ProposalStatus.values())
            .filter(ProposalStatus::holdsWork)
            .map(Enum::name)
            .toList();

    private final NamedParameterJdbcTemplate jdbc;

    StoredHeldWork(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<RecordKey, Holder> heldBy(Collection<RecordKey> records) {
        Map<RecordKey, Holder> held = new LinkedHashMap<>();
        List<String> refs = records.stream().map(RecordKey::toString).distinct().toList();
        for (int i = 0; i < refs.size(); i += CHUNK) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("refs", new ArrayList<>(refs.subList(i, Math.min(refs.size(), i + CHUNK))))
                    .addValue("holding", HOLDING);
            jdbc.query(SQL_HELD, params, rs -> {
                held.putIfAbsent(
                        RecordKey.parse(rs.getString("ref")),
                        new Holder(
                                rs.getString("id"),
                                ProposalStatus.valueOf(rs.getString("status")),
                                rs.getString("odoo_name")));
            });
        }
        return held;
    }
}
