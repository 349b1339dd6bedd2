package dev.ledgerline.odoo.sandbox;

import dev.ledgerline.odoo.sandbox.model.OdooVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar odoo-sandbox.jar [--port 8069] [--version 18] [--host 127.0.0.1] [--database sandbox]
 * [--api-key KEY] [--delay-ms 0] [--data-file state.json] [--save-every-s 30]}: runs the sandbox until
 * stopped; with a data file, its state survives a restart.
 */
public final class SandboxMain {
    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        SandboxOptions options = SandboxOptions.defaults().withPort(8069);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> options = options.withPort(Integer.parseInt(value));
                case "--version" -> options = options.withVersion(OdooVersion.parse(value));
                case "--host" -> options = options.withHost(value);
                case "--database", "--db" -> options = options.withDatabase(value);
                case "--api-key" -> options = options.withAdminApiKey(value);
                case "--delay-ms" -> options = options.withCallDelay(Duration.ofMillis(Long.parseLong(value)));
                case "--data-file" -> options = options.withDataFile(Path.of(value));
                case "--save-every-s" -> options = options.withSaveInterval(Duration.ofSeconds(Long.parseLong(value)));
                case "--help", "-h" -> {
                    System.out.println("usage: java -jar odoo-sandbox.jar [--port 8069] [--version 17|18|19] "
                            + "[--host 127.0.0.1] [--database sandbox] [--api-key KEY] [--delay-ms N] "
                            + "[--data-file state.json] [--save-every-s 30]");
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + " (try --help)");
                    System.exit(2);
                }
            }
            i++;
        }
        OdooSandbox sandbox = OdooSandbox.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        System.out.println("ODOO_URL=" + sandbox.url());
        System.out.println("ODOO_DB=" + sandbox.database());
        System.out.println("ODOO_USER=admin");
        System.out.println("ODOO_PASSWORD=admin");
        System.out.println("ODOO_API_KEY=" + sandbox.adminApiKey());
        sandbox.dataFile().ifPresent(file -> System.out.println("ODOO_SANDBOX_DATA_FILE=" + file));
        System.out.println("Odoo " + sandbox.version().major() + " sandbox ready (admin endpoints under /sandbox/)");
        stopped.await();
    }
}
