package dev.ledgerline.core.metrics.catalog;

import static dev.ledgerline.core.metrics.SampleFirm.LATER;
import static dev.ledgerline.core.metrics.SampleFirm.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.core.metrics.RecordHistory;
import dev.ledgerline.core.metrics.ReportQuery;
import dev.ledgerline.core.metrics.SampleFirm;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {

    private final SampleFirm firm = new SampleFirm().entity("us", "USD");
    private final MetricCatalog catalog = new MetricCatalog(RecordHistory.of(List.of()), firm.settings(), List.of());
    private final ReportQuery march = ReportQuery.of(day("2026-03-01"), day("2026-03-31"), LATER);

    @Test
    void everyMetricOfTheCatalogAnswersItsNameWithOneTotalRowOnAnEmptyLedger() {
        for (String metric : MetricCatalog.METRICS) {
            var report = catalog.report(metric, march);

            assertThat(report.metric()).isEqualTo(metric);
            assertThat(report.rows()).as(metric).hasSize(1);
        }
    }

    @Test
    void anUnknownMetricIsRefusedWithItsCode() {
        assertThatThrownBy(() -> catalog.report("happiness", march))
                .isInstanceOf(UnknownMetricException.class)
                .hasMessageContaining("happiness");
    }
}
