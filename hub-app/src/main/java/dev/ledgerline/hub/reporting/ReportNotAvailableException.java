package dev.ledgerline.hub.reporting;

/**
 * A metric, basis or currency of the reports API that the hub cannot answer yet, with the reason
 * (what it still needs), rather than an answer that would be wrong.
 */
public class ReportNotAvailableException extends RuntimeException {

    public static final String CODE = "REPORT_NOT_AVAILABLE";

    public ReportNotAvailableException(String message) {
        super(message);
    }
}
