package dev.ledgerline.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.ledger.ParentLink;
import dev.ledgerline.core.ledger.RecordLinks;
import dev.ledgerline.core.validation.CanonicalReader;
import dev.ledgerline.core.validation.Reading;
import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's promises about its output as a whole: determinism, validity, shape and order. */
class DemoFirmTest {

    @Test
    void theSameSpecGivesTheSameEnvelopesInTheSameOrder() {
        List<String> again = DemoFirm.generate(DemoFirmSpec.small())
                .envelopes()
                .map(Object::toString)
                .toList();

        assertThat(again)
                .isEqualTo(SmallFirm.ENVELOPES.stream().map(Object::toString).toList());
        assertThat(again).hasSizeGreaterThan(1000);
    }

    @Test
    void streamingTheSameFirmTwiceGivesTheSameEnvelopes() {
        List<String> second = SmallFirm.FIRM.envelopes().map(Object::toString).toList();

        assertThat(second)
                .isEqualTo(SmallFirm.ENVELOPES.stream().map(Object::toString).toList());
    }

    @Test
    void anotherSeedGivesAnotherFirmOfTheSameShape() {
        List<Map<String, Object>> other =
                DemoFirm.generate(DemoFirmSpec.small().withSeed(7)).envelopes().toList();

        assertThat(other.stream().map(Object::toString).toList())
                .isNotEqualTo(SmallFirm.ENVELOPES.stream().map(Object::toString).toList());
        assertThat(keys(other, "contract")).isEqualTo(keys(SmallFirm.ENVELOPES, "contract"));
        assertThat(keys(other, "project")).isEqualTo(keys(SmallFirm.ENVELOPES, "project"));
    }

    @Test
    void everyEnvelopeReadsWithoutAProblemInEitherOrder() {
        CanonicalReader reader = new CanonicalReader();
        List<Map<String, Object>> shuffled = DemoFirm.generate(DemoFirmSpec.small()
                        .withIngestOrder(IngestOrder.SHUFFLED)
                        .withPeriodLocks(true))
                .envelopes()
                .toList();
        List<String> problems = new ArrayList<>();

        for (List<Map<String, Object>> envelopes : List.of(SmallFirm.ENVELOPES, shuffled)) {
            for (Map<String, Object> e : envelopes) {
                if (reader.read(e, Instant.now()) instanceof Reading.Invalid invalid) {
                    problems.add(e.get("type") + " " + e.get("externalId") + ": " + invalid.problems());
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(SmallFirm.RECORDS).hasSameSizeAs(SmallFirm.ENVELOPES);
    }

    @Test
    void aBiggerFirmsGenericClientsAndStaffAreValidAndParentsStillComeFirst() {
        DemoFirm firm = DemoFirm.generate(DemoFirmSpec.of(3, 70, 20, YearMonth.of(2025, 11), 4));
        Set<RecordKey> seen = new HashSet<>();
        List<String> early = new ArrayList<>();
        Set<String> genericModels = new HashSet<>();

        List<RecordVersion<CanonicalRecord>> records = firm.records().toList();
        for (RecordVersion<CanonicalRecord> r : records) {
            RecordLinks.parents(r.data()).stream()
                    .filter(link -> !seen.contains(link.parent()))
                    .forEach(link -> early.add(r.key() + " before " + link.parent()));
            seen.add(r.key());
            if (r.data() instanceof Contract c && r.key().externalId().startsWith("K-G")) {
                genericModels.add(c.billingModel().name());
            }
        }

        assertThat(records).hasSize((int) firm.envelopes().count());
        assertThat(early).isEmpty();
        assertThat(genericModels).containsExactlyInAnyOrder("TIME_AND_MATERIALS", "FIXED_FEE", "RETAINER");
        assertThat(records.stream().filter(r -> r.key().externalId().startsWith("TE-0070-")))
                .isNotEmpty();
    }

    @Test
    void envelopesHaveTheContractShapeWithMoneyAsDecimalStrings() {
        Map<String, Object> entry = first("time_entry");
        Map<String, Object> contract = SmallFirm.ENVELOPES.stream()
                .filter(e -> "K-GLOBEX-NTE".equals(e.get("externalId")))
                .findFirst()
                .orElseThrow();

        assertThat(entry.keySet())
                .containsExactly("source", "type", "externalId", "version", "occurredAt", "entity", "data");
        assertThat(entry.get("version")).isEqualTo(BigInteger.ONE);
        assertThat(data(entry).get("hours")).isInstanceOf(String.class);
        assertThat(data(entry).get("employee").toString()).startsWith("hr:E-");
        assertThat(data(contract).get("notToExceed")).isInstanceOf(String.class);
        assertThat(((Map<?, ?>) data(contract).get("rateCard")).get("analyst")).isEqualTo("135.00");
    }

    @Test
    void parentsComeBeforeTheirChildrenAndVersionsInIncreasingOrder() {
        List<String> violations = new ArrayList<>();
        Set<RecordKey> seen = new HashSet<>();
        Map<RecordKey, Long> versions = new HashMap<>();

        for (RecordVersion<CanonicalRecord> r : SmallFirm.RECORDS) {
            for (ParentLink link : RecordLinks.parents(r.data())) {
                if (!seen.contains(link.parent())) {
                    violations.add(r.key() + " before its parent " + link.parent());
                }
            }
            Long before = versions.put(r.key(), r.version());
            if (before != null && before >= r.version()) {
                violations.add(r.key() + " version " + r.version() + " after " + before);
            }
            seen.add(r.key());
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void shuffledOrderSendsChildrenBeforeParentsButTheSameEnvelopes() {
        List<Map<String, Object>> shuffled = DemoFirm.generate(
                        DemoFirmSpec.small().withIngestOrder(IngestOrder.SHUFFLED))
                .envelopes()
                .toList();
        List<RecordVersion<CanonicalRecord>> records = DemoFirm.generate(
                        DemoFirmSpec.small().withIngestOrder(IngestOrder.SHUFFLED))
                .records()
                .toList();
        Set<RecordKey> seen = new HashSet<>();
        int early = 0;

        for (RecordVersion<CanonicalRecord> r : records) {
            for (ParentLink link : RecordLinks.parents(r.data())) {
                early += seen.contains(link.parent()) ? 0 : 1;
            }
            seen.add(r.key());
        }

        assertThat(early).isGreaterThan(10);
        assertThat(records.getFirst().key().type().wireName()).isEqualTo("time_entry");
        assertThat(shuffled.stream().map(Object::toString).sorted().toList())
                .isEqualTo(SmallFirm.ENVELOPES.stream()
                        .map(Object::toString)
                        .sorted()
                        .toList());
    }

    @Test
    void batchesCutTheStreamWithoutLosingOrReorderingAnEnvelope() {
        List<Map<String, Object>> joined = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();

        Iterator<List<Map<String, Object>>> batches = SmallFirm.FIRM.batches(500);
        while (batches.hasNext()) {
            List<Map<String, Object>> batch = batches.next();
            sizes.add(batch.size());
            joined.addAll(batch);
        }

        assertThat(joined).isEqualTo(SmallFirm.ENVELOPES);
        assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(s -> s == 500);
        assertThatThrownBy(() -> SmallFirm.FIRM.batches(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingHappensAfterTheDemosAsOfInstant() {
        Instant asOf = SmallFirm.FIRM.config().asOf();

        assertThat(SmallFirm.RECORDS).allSatisfy(r -> assertThat(r.occurredAt()).isBeforeOrEqualTo(asOf));
        assertThat(asOf)
                .isAfter(SmallFirm.FIRM.config().periodEnd().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void specsOutsideTheStorysMinimumsAreRefused() {
        YearMonth jan = YearMonth.of(2026, 1);

        assertThatThrownBy(() -> DemoFirmSpec.of(1, 11, 8, jan, 3)).hasMessageContaining("employees");
        assertThatThrownBy(() -> DemoFirmSpec.of(1, 12, 7, jan, 3)).hasMessageContaining("clients");
        assertThatThrownBy(() -> DemoFirmSpec.of(1, 12, 8, jan, 1)).hasMessageContaining("months");
        assertThatThrownBy(() -> DemoFirmSpec.of(1, 20, 8, jan, 3)).hasMessageContaining("raise clients");
    }

    private static Map<String, Object> first(String type) {
        return SmallFirm.ENVELOPES.stream()
                .filter(e -> type.equals(e.get("type")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    private static List<Object> keys(List<Map<String, Object>> envelopes, String type) {
        return envelopes.stream()
                .filter(e -> type.equals(e.get("type")))
                .map(e -> e.get("externalId") + "@" + e.get("version"))
                .map(Object.class::cast)
                .toList();
    }
}
