package dev.ledgerline.odoo.client;

import java.util.Map;

/** The typed error each recorded error answer must become. */
final class TranscriptExpectations {

    static final Map<String, Class<? extends OdooException>> ERRORS = Map.ofEntries(
            Map.entry("01_handshake#4", OdooAccessDeniedException.class), // execute_kw with a bad password
            Map.entry("01_handshake#5", OdooAccessDeniedException.class), // the client's own uid is unknown
            Map.entry("01_handshake#6", OdooAccessDeniedException.class), // unknown database: configuration
            Map.entry("01_handshake#7", OdooServerException.class), // unknown service method: IndexError
            Map.entry("01_handshake#8", OdooServerException.class), // malformed body: HTTP 400
            Map.entry("02_master_data#9", OdooUnknownFieldException.class),
            Map.entry("02_master_data#10", OdooValidationException.class),
            Map.entry("02_master_data#16", OdooMissingRecordException.class),
            Map.entry("02_master_data#17", OdooUnknownModelException.class),
            Map.entry("02_master_data#18", OdooValidationException.class),
            Map.entry("02_master_data#24", OdooInvalidValueException.class), // bad selection value
            Map.entry("03_projects_timesheets#1", OdooAccessRightsException.class), // field group
            Map.entry("03_projects_timesheets#4", OdooValidationException.class),
            Map.entry("03_projects_timesheets#11", OdooInvalidValueException.class), // bad date, in SQL
            Map.entry("03_projects_timesheets#12", OdooMissingRecordException.class), // dangling many2one
            Map.entry("03_projects_timesheets#13", OdooValidationException.class),
            Map.entry("04_invoices_payments#6", OdooUserErrorException.class),
            Map.entry("04_invoices_payments#7", OdooUserErrorException.class),
            Map.entry("04_invoices_payments#8", OdooUserErrorException.class),
            Map.entry("05_access_rights#5", OdooAccessRightsException.class),
            Map.entry("05_access_rights#6", OdooAccessRightsException.class),
            Map.entry("06_multi_company#4", OdooAccessRightsException.class), // company not allowed
            Map.entry("06_multi_company#7", OdooUserErrorException.class));

    private TranscriptExpectations() {}
}
