package dev.ledgerline.odoo.compat.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.FieldInfo;
import dev.ledgerline.odoo.client.FieldType;
import dev.ledgerline.odoo.client.Many2one;
import dev.ledgerline.odoo.client.ModelSchema;
import dev.ledgerline.odoo.client.OdooModel;
import dev.ledgerline.odoo.client.OdooRecord;
import dev.ledgerline.odoo.client.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The record calls of the client, written once and run against every {@link OdooTarget}. */
interface RecordCallsContract {

    OdooTarget target();

    private OdooModel partners() {
        return target().admin().model("res.partner");
    }

    /** {@code count} partners with refs {@code <run>-00 … <run>-<count-1>}, created in one call. */
    private List<Long> numberedPartners(String run, int count) {
        return partners()
                .createAll(IntStream.range(0, count)
                        .mapToObj(i -> Map.<String, Object>of(
                                "name", "Client " + run + " " + i, "ref", run + "-" + String.format("%02d", i)))
                        .toList());
    }

    @Test
    default void createGivesOneIdAndABatchCreateOneIdPerRecordInOrder() {
        String run = target().unique("create");

        long acme = partners().create(Map.of("name", "Acme " + run, "is_company", true, "ref", run + "-1"));
        List<Long> batch = partners()
                .createAll(List.of(
                        Map.of("name", "Globex " + run, "ref", run + "-2"),
                        Map.of("name", "Initech " + run, "ref", run + "-3")));

        assertThat(batch).hasSize(2).doesNotContain(acme).doesNotHaveDuplicates();
        assertThat(partners()
                        .searchRead(
                                Domain.eqLike("ref", run + "-%"),
                                List.of("name"),
                                Page.first(10).orderBy("ref")))
                .extracting(OdooRecord::id, r -> r.string("name").orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(acme, "Acme " + run),
                        org.assertj.core.groups.Tuple.tuple(batch.get(0), "Globex " + run),
                        org.assertj.core.groups.Tuple.tuple(batch.get(1), "Initech " + run));
    }

    @Test
    default void readGivesManyToOneAsIdAndNameAndLeavesMissingIdsOut() {
        String run = target().unique("read");
        long acme = partners().create(Map.of("name", "Acme " + run, "is_company", true));
        long jane = partners().create(Map.of("name", "Jane " + run, "parent_id", acme, "type", "invoice"));

        List<OdooRecord> read = partners()
                .read(
                        List.of(jane, acme, 999_999_999L),
                        List.of("name", "parent_id", "child_ids", "is_company", "display_name"));

        assertThat(read).extracting(OdooRecord::id).containsExactly(jane, acme);
        assertThat(read.get(0).many2one("parent_id")).hasValue(new Many2one(acme, "Acme " + run));
        assertThat(read.get(0).string("display_name")).hasValue("Acme " + run + ", Jane " + run);
        assertThat(read.get(0).bool("is_company")).isFalse();
        assertThat(read.get(1).many2one("parent_id")).isEmpty();
        assertThat(read.get(1).ids("child_ids")).containsExactly(jane);
    }

    @Test
    default void writeChangesEveryRecordGiven() {
        String run = target().unique("write");
        List<Long> ids = numberedPartners(run, 3);

        partners().write(ids.subList(0, 2), Map.of("comment", "<p>bulk</p>", "phone", "+1 555 0100"));
        partners().write(ids.get(2), Map.of("name", "Renamed " + run));

        List<OdooRecord> read = partners().read(ids, List.of("name", "phone"));
        assertThat(read)
                .extracting(r -> r.string("phone").orElse("none"))
                .containsExactly("+1 555 0100", "+1 555 0100", "none");
        assertThat(read.get(2).string("name")).hasValue("Renamed " + run);
    }

    @Test
    default void unlinkDeletesTheRecords() {
        String run = target().unique("unlink");
        List<Long> ids = numberedPartners(run, 3);

        partners().unlink(ids.subList(0, 2));

        assertThat(partners().read(ids, List.of("name")))
                .extracting(OdooRecord::id)
                .containsExactly(ids.get(2));
        assertThat(partners().searchCount(Domain.eqLike("ref", run + "-%"))).isEqualTo(1);
    }

    @Test
    default void searchHonoursOrderOffsetAndLimit() {
        String run = target().unique("search");
        List<Long> ids = numberedPartners(run, 5);

        List<Long> found = partners()
                .search(Domain.eqLike("ref", run + "-%"), Page.of(1, 2).orderBy("ref desc"));

        assertThat(found).containsExactly(ids.get(3), ids.get(2));
        assertThat(partners().search(Domain.eqLike("ref", run + "-%"))).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    default void searchReadPagesThroughEveryRecordOnce() {
        String run = target().unique("pages");
        List<Long> ids = numberedPartners(run, 23);

        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Page page = Page.first(10).orderBy("ref asc"); ; page = page.next()) {
            List<OdooRecord> records = partners().searchRead(Domain.eqLike("ref", run + "-%"), List.of("ref"), page);
            sizes.add(records.size());
            records.forEach(r -> seen.add(r.id()));
            if (records.size() < page.limit()) {
                break;
            }
        }

        assertThat(sizes).containsExactly(10, 10, 3);
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    default void streamReadsEveryRecordInIdOrderOverSeveralPages() {
        String run = target().unique("stream");
        List<Long> ids = numberedPartners(run, 23);

        List<OdooRecord> streamed = partners().stream(Domain.eqLike("ref", run + "-%"), List.of("name", "ref"), 7)
                .toList();

        assertThat(streamed)
                .extracting(OdooRecord::id)
                .containsExactlyElementsOf(ids.stream().sorted().toList());
        assertThat(streamed.getLast().string("ref")).hasValue(run + "-22");
    }

    @Test
    default void searchCountCountsOnlyTheMatchingRecords() {
        String run = target().unique("count");
        numberedPartners(run, 12);

        assertThat(partners().searchCount(Domain.eqLike("ref", run + "-%"))).isEqualTo(12);
        assertThat(partners().searchCount(Domain.eqLike("ref", run + "-0%"))).isEqualTo(10);
        assertThat(partners().searchCount(Domain.eq("ref", run + "-none"))).isZero();
    }

    @Test
    default void fieldsGetDescribesTypesRelationsAndSelections() {
        ModelSchema partner = target().admin().model("res.partner").fieldsGet();
        ModelSchema move = target().admin().model("account.move").fieldsGet();

        assertThat(partner.field("name")).map(FieldInfo::type).hasValue(FieldType.CHAR);
        assertThat(partner.field("parent_id")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.MANY2ONE);
            assertThat(f.relation()).hasValue("res.partner");
        });
        assertThat(partner.field("child_ids")).map(FieldInfo::type).hasValue(FieldType.ONE2MANY);
        assertThat(move.field("move_type"))
                .hasValueSatisfying(f -> assertThat(f.selection())
                        .extracting(o -> o.value())
                        .contains("out_invoice", "out_refund", "in_invoice", "in_refund", "entry"));
        assertThat(move.field("amount_total")).map(FieldInfo::type).hasValue(FieldType.MONETARY);
        assertThat(move.has("no_such_field")).isFalse();
    }

    @Test
    default void anyDomainMatchesThroughARelation() {
        String run = target().unique("any");
        long acme = partners().create(Map.of("name", "Acme " + run, "is_company", true, "ref", run + "-a"));
        long globex = partners().create(Map.of("name", "Globex " + run, "is_company", true, "ref", run + "-g"));
        partners().create(Map.of("name", "Jane " + run, "parent_id", acme, "email", "jane@" + run + ".example"));
        partners().create(Map.of("name", "Hank " + run, "parent_id", globex));

        Domain companies = Domain.eqLike("ref", run + "-%");
        List<Long> withJane = partners().search(companies.and(Domain.any("child_ids", Domain.ilike("email", run))));
        List<Long> withoutJane =
                partners().search(companies.and(Domain.notAny("child_ids", Domain.ilike("email", run))));

        assertThat(withJane).containsExactly(acme);
        assertThat(withoutJane).containsExactly(globex);
    }
}
