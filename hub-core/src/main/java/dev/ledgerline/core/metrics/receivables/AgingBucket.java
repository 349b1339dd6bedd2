package dev.ledgerline.core.metrics.receivables;

/** Days past due of a receivable at the as-of date: ≤ 0 current, then 1–30, 31–60, 61–90 (inclusive), > 90. */
public enum AgingBucket {
    CURRENT("current"),
    DAYS_1_30("1-30"),
    DAYS_31_60("31-60"),
    DAYS_61_90("61-90"),
    OVER_90(">90");

    private final String field;

    AgingBucket(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
    }
}
