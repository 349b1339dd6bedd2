package dev.ledgerline.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ledgerline.hub.sync.MappingException;
import dev.ledgerline.odoo.client.OdooAccessDeniedException;
import dev.ledgerline.odoo.client.OdooAccessRightsException;
import dev.ledgerline.odoo.client.OdooConcurrencyException;
import dev.ledgerline.odoo.client.OdooInvalidValueException;
import dev.ledgerline.odoo.client.OdooMissingRecordException;
import dev.ledgerline.odoo.client.OdooServerException;
import dev.ledgerline.odoo.client.OdooTransportException;
import dev.ledgerline.odoo.client.OdooUnknownFieldException;
import dev.ledgerline.odoo.client.OdooUnknownModelException;
import dev.ledgerline.odoo.client.OdooUserErrorException;
import dev.ledgerline.odoo.client.OdooValidationException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

/** Each failure's kind comes from its type; the same message under another type means another kind. */
class FailureKindTest {

    private static final String MESSAGE = "Contacts require a name";

    @Test
    void transportConcurrencyAndServerFailuresAreTransient() {
        assertThat(FailureKind.of(
                        new OdooTransportException("http.503", MESSAGE, "res.partner", "create", 503, false, null)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new OdooTransportException(
                        "java.io.IOException", MESSAGE, "res.partner", "create", 0, true, null)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new OdooConcurrencyException(
                        "psycopg2.errors.SerializationFailure", MESSAGE, "res.partner", "create", 0, null)))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailureKind.of(new OdooServerException(
                        "psycopg2.OperationalError", MESSAGE, "res.partner", "create", 0, null, true)))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void refusedDataAndMissingMappingAreDataErrors() {
        assertThat(FailureKind.of(new OdooValidationException(
                        "odoo.exceptions.ValidationError", MESSAGE, "res.partner", "create", 0, null)))
                .isEqualTo(FailureKind.DATA);
        assertThat(FailureKind.of(new OdooInvalidValueException(
                        "builtins.ValueError", MESSAGE, "res.partner", "create", 0, null)))
                .isEqualTo(FailureKind.DATA);
        assertThat(FailureKind.of(new OdooUserErrorException(
                        "odoo.exceptions.UserError", MESSAGE, "res.partner", "write", 0, null)))
                .isEqualTo(FailureKind.DATA);
        assertThat(FailureKind.of(new OdooMissingRecordException(
                        "odoo.exceptions.MissingError", MESSAGE, "res.partner", "write", 0, null)))
                .isEqualTo(FailureKind.DATA);
        assertThat(FailureKind.of(new OdooUnknownFieldException(
                        "builtins.ValueError", MESSAGE, "res.partner", "create", 0, null)))
                .isEqualTo(FailureKind.DATA);
        assertThat(FailureKind.of(new MappingException("no res.country with code = 'XX'")))
                .isEqualTo(FailureKind.DATA);
    }

    @Test
    void refusedAccessAndMissingModelAreConfigurationErrors() {
        assertThat(FailureKind.of(new OdooAccessDeniedException(
                        "odoo.exceptions.AccessDenied", MESSAGE, null, "authenticate", 0, null)))
                .isEqualTo(FailureKind.AUTH_CONFIG);
        assertThat(FailureKind.of(new OdooAccessRightsException(
                        "odoo.exceptions.AccessError", MESSAGE, "res.partner", "create", 0, null)))
                .isEqualTo(FailureKind.AUTH_CONFIG);
        assertThat(FailureKind.of(new OdooUnknownModelException(
                        "odoo.exceptions.UserError", MESSAGE, "hr.expense", "create", 0, null)))
                .isEqualTo(FailureKind.AUTH_CONFIG);
        assertThat(FailureKind.of(new NoTargetException("uk"))).isEqualTo(FailureKind.AUTH_CONFIG);
    }

    @Test
    void openCircuitMeansTheHubDidNotCall() {
        CircuitBreaker open = CircuitBreaker.ofDefaults("test");
        open.transitionToOpenState();

        assertThat(FailureKind.of(CallNotPermittedException.createCallNotPermittedException(open)))
                .isEqualTo(FailureKind.UNAVAILABLE);
    }

    @Test
    void faultOfTheHubItselfIsRetried() {
        assertThat(FailureKind.of(new IllegalStateException(MESSAGE))).isEqualTo(FailureKind.TRANSIENT);
    }
}
