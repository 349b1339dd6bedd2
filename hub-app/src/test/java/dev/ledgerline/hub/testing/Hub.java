package dev.ledgerline.hub.testing;

import dev.ledgerline.hub.LedgerlineApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole hub a test starts and stops itself, in the test's JVM: the test profile, the given settings
 * and a free port. For scenarios with more than one hub (two instances on one database, a hub whose
 * database is thrown away and replaced).
 */
public final class Hub implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Hub(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static Hub start(Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>(settings);
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // as command-line arguments, so they win over the test profile's file
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new Hub(new SpringApplicationBuilder(LedgerlineApplication.class)
                .profiles("test")
                .run(args));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api api() {
        return new Api(port());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcClient sql() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
