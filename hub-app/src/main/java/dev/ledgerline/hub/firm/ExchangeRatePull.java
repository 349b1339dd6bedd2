package dev.ledgerline.hub.firm;

import dev.ledgerline.core.firm.CompanyRateTable;
import dev.ledgerline.core.firm.CompanyRateTable.OdooRate;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.hub.odoo.Target;
import dev.ledgerline.hub.odoo.Targets;
import dev.ledgerline.odoo.client.Domain;
import dev.ledgerline.odoo.client.Many2one;
import dev.ledgerline.odoo.client.OdooRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads every entity's exchange rates from its Odoo company ({@code res.currency.rate}) at start and
 * every {@code ledgerline.exchange-rates.interval}, so the hub converts foreign-currency amounts with the
 * rates Odoo converts invoices with. An entity whose target cannot be read keeps the rates it had; the
 * next read tries again.
 */
@Component
public class ExchangeRatePull implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRatePull.class);
    private static final int PAGE = 1_000;

    private final FirmConfiguration firm;
    private final Targets targets;
    private final ExchangeRateRepository rates;
    private final ExchangeRateProperties properties;
    private ScheduledExecutorService executor;

    ExchangeRatePull(
            FirmConfiguration firm, Targets targets, ExchangeRateRepository rates, ExchangeRateProperties properties) {
        this.firm = firm;
        this.targets = targets;
        this.rates = rates;
        this.properties = properties;
    }

    /**
     * Reads the rates of every entity now.
     *
     * @return the rates added, changed or removed, over all entities
     */
    public int pullAll() {
        int changes = 0;
        for (EntitySettings entity : firm.entities()) {
            Optional<Target> target = targets.forEntity(entity.id());
            if (target.isEmpty()) {
                continue;
            }
            try {
                changes += pull(entity, target.get());
            } catch (RuntimeException e) {
                log.warn(
                        "exchange rates of entity {} not read from Odoo target {}: {}",
                        entity.id(),
                        target.get().name(),
                        e.toString());
            }
        }
        return changes;
    }

    private int pull(EntitySettings entity, Target target) {
        long company = target.companyId().orElseGet(() -> userCompany(target));
        List<OdooRate> read = new ArrayList<>();
        Domain ofCompany = Domain.eq("company_id", false).or(Domain.eq("company_id", company));
        target.call(() -> {
            target.model("res.currency.rate").stream(
                            ofCompany, List.of("name", "rate", "currency_id", "company_id"), PAGE)
                    .forEach(r -> read.add(new OdooRate(
                            r.many2one("currency_id").map(Many2one::displayName).orElseThrow(),
                            r.date("name").orElseThrow(),
                            r.decimal("rate"),
                            r.many2one("company_id").map(Many2one::id).orElse(null))));
            return null;
        });
        List<String> active = target.call(
                () -> target.model("res.currency").searchRead(Domain.eq("active", true), List.of("name")).stream()
                        .map(r -> r.string("name").orElseThrow())
                        .toList());
        List<ExchangeRateRepository.Rate> table = CompanyRateTable.of(company, entity.currency(), active, read).stream()
                .map(r -> new ExchangeRateRepository.Rate(r.currency(), r.validFrom(), r.rate()))
                .toList();
        int changes = rates.replace(entity.id(), table);
        if (changes > 0) {
            log.info(
                    "exchange rates of entity {} from Odoo company {}: {} changed, {} kept",
                    entity.id(),
                    company,
                    changes,
                    table.size());
        }
        return changes;
    }

    /** The integration user's current company, for a target that names none ({@code company-id}). */
    private static long userCompany(Target target) {
        OdooRecord user = target.call(() -> target.model("res.users")
                .read(List.of(target.uid()), List.of("company_id"))
                .getFirst());
        return user.many2one("company_id").orElseThrow().id();
    }

    @Override
    public synchronized void start() {
        if (!properties.pull() || executor != null || targets.isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "exchange-rate-pull");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(
                this::pullQuietly, 0, properties.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pullQuietly() {
        try {
            pullAll();
        } catch (RuntimeException e) {
            log.error("exchange rates not read; tried again at the next interval", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
