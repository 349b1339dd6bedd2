package dev.ledgerline.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.hub.sync.SyncProperties.DeleteMode;
import dev.ledgerline.hub.sync.SyncProperties.FlowSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncPropertiesTest {

    @Test
    void deletionsArchiveUnlessATypeIsConfiguredToUnlink() {
        SyncProperties settings = new SyncProperties(
                Map.of("task", new FlowSettings(DeleteMode.UNLINK, null, null)), SyncProperties.ReferenceFields.CREATE);

        assertThat(settings.of(RecordType.TASK).delete()).isEqualTo(DeleteMode.UNLINK);
        assertThat(settings.of(RecordType.PROJECT).delete()).isEqualTo(DeleteMode.ARCHIVE);
        assertThat(settings.of(RecordType.PROJECT).lifecycleTags()).isTrue();
    }

    @Test
    void typesAreFoundWhateverSpringLeftOfTheirUnderscores() {
        SyncProperties settings = new SyncProperties(
                Map.of(
                        "timeentry", new FlowSettings(DeleteMode.UNLINK, null, null),
                        "milestone-acceptance", new FlowSettings(DeleteMode.UNLINK, null, null)),
                SyncProperties.ReferenceFields.CREATE);

        assertThat(settings.of(RecordType.TIME_ENTRY).delete()).isEqualTo(DeleteMode.UNLINK);
        assertThat(settings.of(RecordType.MILESTONE_ACCEPTANCE).delete()).isEqualTo(DeleteMode.UNLINK);
    }

    @Test
    void anUnknownTypeStopsStartupWithThePropertysName() {
        assertThatThrownBy(() -> new SyncProperties(
                        Map.of("invoices", new FlowSettings(null, null, null)), SyncProperties.ReferenceFields.CREATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledgerline.sync.invoices");
    }

    @Test
    void configuredOdooIdsAreFoundWhateverTheCaseOfTheValue() {
        FlowSettings opportunity = new FlowSettings(null, Map.of("Negotiation", 7L), null);

        assertThat(opportunity.odooId("negotiation")).contains(7L);
        assertThat(opportunity.odooId("Won")).isEmpty();
    }

    @Test
    void theConfigurationDocListsTheDeleteSettingWithEveryModeAndTheReferenceFieldSetup() throws IOException {
        String doc = Files.readString(root().resolve("docs/configuration.md"));

        assertThat(doc).contains("`ledgerline.sync.<type>.delete`", "`ledgerline.reference-fields`");
        String deleteRow = doc.lines()
                .filter(l -> l.startsWith("| `ledgerline.sync.<type>.delete`"))
                .findFirst()
                .orElseThrow();
        assertThat(deleteRow).contains("`archive`");
        Arrays.stream(DeleteMode.values())
                .forEach(
                        mode -> assertThat(deleteRow).contains("`" + mode.name().toLowerCase(Locale.ROOT) + "`"));
        Arrays.stream(SyncProperties.ReferenceFields.values())
                .forEach(mode -> assertThat(doc)
                        .contains("`" + mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + "`"));
    }

    private static Path root() {
        String root = System.getProperty("ledgerline.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }
}
