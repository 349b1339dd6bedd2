package dev.ledgerline.core.validation;

import dev.ledgerline.core.canonical.CanonicalRecord;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import java.math.BigInteger;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an envelope of the ingest contract, given as a neutral JSON tree ({@code Map}, {@code List},
 * {@code String}, {@code BigDecimal}, {@code BigInteger}, {@code Boolean}, null), into a typed
 * {@link RecordVersion}, or into every problem the envelope has. Unknown fields are allowed and
 * ignored (the ledger keeps them). Reference existence is not checked here: it needs the ledger.
 */
public final class CanonicalReader {

    /** Longest accepted externalId (and source id). */
    public static final int MAX_ID_LENGTH = 255;

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Map<RecordType, TypeReader> READERS = new EnumMap<>(RecordType.class);

    static {
        READERS.put(RecordType.CUSTOMER, PartyReaders::customer);
        READERS.put(RecordType.EMPLOYEE, PartyReaders::employee);
        READERS.put(RecordType.LEAVE, PartyReaders::leave);
        READERS.put(RecordType.OPPORTUNITY, PartyReaders::opportunity);
        READERS.put(RecordType.PAYROLL_COST, PartyReaders::payrollCost);
        READERS.put(RecordType.PROJECT, ProjectReaders::project);
        READERS.put(RecordType.TASK, ProjectReaders::task);
        READERS.put(RecordType.CONTRACT, ContractReader::contract);
        READERS.put(RecordType.TIME_ENTRY, WorkReaders::timeEntry);
        READERS.put(RecordType.EXPENSE, WorkReaders::expense);
        READERS.put(RecordType.VENDOR_BILL, WorkReaders::vendorBill);
        READERS.put(RecordType.PURCHASE_COMMITMENT, WorkReaders::purchaseCommitment);
        READERS.put(RecordType.MILESTONE_ACCEPTANCE, WorkReaders::milestoneAcceptance);
        READERS.put(RecordType.PAYMENT, InvoiceReaders::payment);
        READERS.put(RecordType.INVOICE_DISPUTE, InvoiceReaders::invoiceDispute);
    }

    /**
     * The key an envelope names when its source, type and externalId are usable, whatever else is
     * wrong with it: a refused item is filed under this key so it can be found, fixed and resent.
     */
    public static Optional<RecordKey> keyOf(Map<String, Object> envelope) {
        if (envelope.get("source") instanceof String source
                && SOURCE.matcher(source).matches()
                && envelope.get("type") instanceof String typeName
                && envelope.get("externalId") instanceof String externalId
                && !externalId.isBlank()
                && externalId.length() <= MAX_ID_LENGTH
                && externalId.chars().noneMatch(Character::isISOControl)) {
            return RecordType.fromWire(typeName)
                    .filter(READERS::containsKey)
                    .map(type -> RecordKey.of(source, type, externalId));
        }
        return Optional.empty();
    }

    public Reading read(Map<String, Object> envelope, Instant receivedAt) {
        return read(envelope, receivedAt, LastKnown.NONE);
    }

    public Reading read(Map<String, Object> envelope, Instant receivedAt, LastKnown lastKnown) {
        Problems problems = new Problems();
        Fields e = new Fields(envelope, "", problems, null);
        String source = id(e, "source");
        if (source != null && !SOURCE.matcher(source).matches()) {
            e.problem(ErrorCode.INVALID_VALUE, "source", "source must be letters, digits, '_', '.' or '-'");
            source = null;
        }
        RecordType type = type(e);
        String externalId = id(e, "externalId");
        Long version = version(e);
        Instant occurredAt = e.instant("occurredAt", true);
        String entity = e.text("entity", false);
        Fields data = new Fields(envelope, "", problems, source).object("data", true);
        if (type == null || source == null || data == null) {
            return new Reading.Invalid(problems.list());
        }
        RecordKey key = externalId == null ? null : RecordKey.of(source, type, externalId);
        Map<String, Object> tree = dataTree(envelope);
        boolean deleted = Boolean.TRUE.equals(data.bool("deleted"));
        Problems dataProblems = new Problems();
        CanonicalRecord record = readData(type, tree, source, occurredAt, dataProblems);
        if (record == null && deleted && key != null) {
            Optional<Map<String, Object>> last = lastKnown.data(key);
            if (last.isPresent()) {
                // a tombstone may carry only {"deleted": true}: it stands for the last known content
                tree = new LinkedHashMap<>(last.get());
                tree.putAll(dataTree(envelope));
                dataProblems = new Problems();
                record = readData(type, tree, source, occurredAt, dataProblems);
            }
        }
        dataProblems.list().forEach(p -> problems.add(p.code(), p.field(), p.message()));
        if (!problems.isEmpty() || record == null) {
            return new Reading.Invalid(problems.isEmpty() ? List.of(unreadable()) : problems.list());
        }
        return new Reading.Valid(
                new RecordVersion<>(key, version, occurredAt, receivedAt, entity, deleted, record), tree);
    }

    private static Problem unreadable() {
        return Problem.of(ErrorCode.INVALID_VALUE, "data", "data could not be read");
    }

    private static CanonicalRecord readData(
            RecordType type, Map<String, Object> tree, String source, Instant occurredAt, Problems problems) {
        Fields data = new Fields(tree, "data", problems, source);
        try {
            CanonicalRecord record = READERS.get(type).read(data, occurredAt);
            return problems.isEmpty() ? record : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            // a canonical record's own invariant the reader did not check first
            problems.add(ErrorCode.INVALID_VALUE, "data", e.getMessage() == null ? "invalid record" : e.getMessage());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataTree(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    private static String id(Fields e, String name) {
        String id = e.text(name, true);
        if (id != null && (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl))) {
            e.problem(
                    ErrorCode.INVALID_VALUE,
                    name,
                    name + " must be at most " + MAX_ID_LENGTH + " characters without control characters");
            return null;
        }
        return id;
    }

    private static RecordType type(Fields e) {
        String name = e.text("type", true);
        if (name == null) {
            return null;
        }
        Optional<RecordType> type = RecordType.fromWire(name);
        if (type.isEmpty()) {
            e.problem(ErrorCode.UNKNOWN_TYPE, "type", "unknown record type: " + shorten(name));
            return null;
        }
        if (!READERS.containsKey(type.get())) {
            e.problem(
                    ErrorCode.OWNERSHIP_VIOLATION,
                    "type",
                    name + " records are owned by Odoo and only pulled back from it");
            return null;
        }
        return type.get();
    }

    private static Long version(Fields e) {
        if (!e.has("version")) {
            e.problem(ErrorCode.MISSING_FIELD, "version", "version is required");
            return null;
        }
        if (e.raw("version") instanceof BigInteger i && i.signum() >= 0 && i.bitLength() < 64) {
            return i.longValue();
        }
        e.problem(ErrorCode.INVALID_VALUE, "version", "version must be a whole number from 0 to 2^63-1");
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "…";
    }
}
