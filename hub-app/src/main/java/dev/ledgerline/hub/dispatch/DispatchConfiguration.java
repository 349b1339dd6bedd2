package dev.ledgerline.hub.dispatch;

import dev.ledgerline.hub.ledger.DependencyRepository;
import dev.ledgerline.hub.ledger.LedgerRepository;
import dev.ledgerline.hub.ledger.StateWriter;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.hub.sync.Flows;
import dev.ledgerline.hub.sync.Sync;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the dispatcher; its parts stay package-private. */
@Configuration(proxyBeanMethods = false)
class DispatchConfiguration {

    @Bean
    Dispatcher dispatcher(
            DataSource dataSource,
            NamedParameterJdbcTemplate jdbc,
            StateWriter states,
            LedgerRepository ledger,
            DependencyRepository dependencyRepository,
            Targets targets,
            Flows flows,
            Sync sync,
            TransactionTemplate tx,
            Clock clock,
            MeterRegistry registry,
            DispatchProperties properties) {
        String owner = properties.instance() == null || properties.instance().isBlank()
                ? defaultInstance()
                : properties.instance();
        ClaimStrategy strategy = ClaimStrategies.forDatabase(dataSource, jdbc);
        Claimer claimer = new Claimer(strategy, new AggregateOrder(jdbc), states, tx, clock, owner, properties.lease());
        DependencyRelease dependencies = new DependencyRelease(dependencyRepository, ledger, states);
        BatchDelivery delivery = new BatchDelivery(
                targets,
                flows,
                sync,
                new Verdicts(owner, properties),
                states,
                dependencies,
                tx,
                clock,
                owner,
                new DeliveryMetrics(registry));
        Maintenance maintenance =
                new Maintenance(states, dependencies, tx, clock, properties.maintenanceInterval(), owner);
        return new Dispatcher(claimer, delivery, maintenance, flows, targets, properties);
    }

    private static String defaultInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "hub";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
