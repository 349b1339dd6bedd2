package dev.ledgerline.hub.binding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalReferenceTest {

    @Test
    void referenceIsTheKeyBehindThePrefixAndReadsBackEvenWithColonsInTheId() {
        RecordKey key = RecordKey.of("crm", RecordType.CUSTOMER, "ACC:2026:17");

        String reference = ExternalReference.valueOf(key);

        assertThat(reference).isEqualTo("ll:crm:customer:ACC:2026:17");
        assertThat(ExternalReference.parse(reference)).contains(key);
    }

    @Test
    void referencesNotWrittenByTheHubAreNotKeys() {
        assertThat(ExternalReference.parse("CRM-ACC-001")).isEmpty();
        assertThat(ExternalReference.parse("ll:crm:no_such_type:1")).isEmpty();
        assertThat(ExternalReference.parse(null)).isEmpty();
    }

    @Test
    void searchesMatchTheReferenceField() {
        ExternalReference ref = ExternalReference.customField();

        assertThat(ref.matching(List.of("ll:a:customer:1")).toList())
                .containsExactly(List.of("x_ledgerline_ref", "in", List.of("ll:a:customer:1")));
        assertThat(ref.any().toList()).containsExactly(List.of("x_ledgerline_ref", "=like", "ll:%"));
    }
}
