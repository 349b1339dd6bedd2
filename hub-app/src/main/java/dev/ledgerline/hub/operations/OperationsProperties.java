package dev.ledgerline.hub.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator actions.
 *
 * @param fourEyes whether a corrected payload waits for another operator's approval before it becomes
 *     the record's new version
 */
@ConfigurationProperties("ledgerline.operations")
public record OperationsProperties(@DefaultValue("false") boolean fourEyes) {}
