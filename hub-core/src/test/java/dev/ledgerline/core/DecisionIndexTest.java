package dev.ledgerline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every decision record under docs/adr is listed in its index, and every link of the index exists. */
class DecisionIndexTest {

    static Path adrDirectory() {
        String root = System.getProperty("ledgerline.root");
        Path base = root != null ? Path.of(root) : Path.of("..");
        return base.resolve("docs/adr");
    }

    @Test
    void everyDecisionRecordIsInTheIndexAndEveryIndexLinkExists() throws IOException {
        Path dir = adrDirectory();
        String index = Files.readString(dir.resolve("README.md"));
        List<String> records;
        try (Stream<Path> files = Files.list(dir)) {
            records = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{4}-.*\\.md"))
                    .sorted()
                    .toList();
        }

        assertThat(records).isNotEmpty();
        assertThat(records).allSatisfy(name -> assertThat(index).contains("(" + name + ")"));
        java.util.regex.Matcher links =
                java.util.regex.Pattern.compile("\\((\\d{4}-[^)]+\\.md)\\)").matcher(index);
        while (links.find()) {
            assertThat(dir.resolve(links.group(1))).exists();
        }
    }
}
