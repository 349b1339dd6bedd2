package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's usage example is the tagged region of {@link UsageTest}, so it always compiles and runs. */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final Path USAGE = Path.of("src/test/java/dev/ledgerline/odoo/client/UsageTest.java");

    @Test
    void usageExampleIsTheTaggedRegionOfUsageTest() throws IOException {
        String tagged = between(Files.readString(USAGE), "// tag::usage[]\n", "// end::usage[]");
        String readme = between(Files.readString(README), "<!-- usage:begin", "<!-- usage:end -->");
        String block = between(readme, "```java\n", "```");

        assertThat(normalise(block)).isEqualTo(normalise(tagged));
    }

    @Test
    void readmeLinksPointAtExistingFiles() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains("../docs/adr/0007-odoo-client-errors-and-retries.md");
        assertThat(Path.of("../docs/adr/0007-odoo-client-errors-and-retries.md"))
                .exists();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("marker %s", start).isNotNegative();
        from += start.length();
        int to = text.indexOf(end, from);
        assertThat(to).as("marker %s", end).isNotNegative();
        return text.substring(from, to);
    }

    /** Removes the common indentation and trailing blanks. */
    private static String normalise(String code) {
        List<String> lines = Arrays.asList(code.stripTrailing().split("\n", -1));
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream()
                .map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n"))
                .strip();
    }
}
