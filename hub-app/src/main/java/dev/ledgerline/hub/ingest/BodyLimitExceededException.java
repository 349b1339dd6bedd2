package dev.ledgerline.hub.ingest;

import java.io.IOException;

/** The request body grew beyond the configured maximum while it was being read. */
class BodyLimitExceededException extends IOException {

    BodyLimitExceededException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
