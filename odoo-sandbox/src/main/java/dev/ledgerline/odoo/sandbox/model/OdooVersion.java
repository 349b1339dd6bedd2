package dev.ledgerline.odoo.sandbox.model;

import java.util.List;

/**
 * The Odoo version the sandbox imitates. The behaviour is Odoo 18's; a version mode changes what its
 * callers can see: field names, the JSON-RPC error code, the protocols served and the version strings.
 */
public enum OdooVersion {
    V17(17, 200, false),
    V18(18, 200, false),
    V19(19, 0, true);

    private final int major;
    private final int jsonRpcErrorCode;
    private final boolean json2;

    OdooVersion(int major, int jsonRpcErrorCode, boolean json2) {
        this.major = major;
        this.jsonRpcErrorCode = jsonRpcErrorCode;
        this.json2 = json2;
    }

    public static OdooVersion of(int major) {
        for (OdooVersion version : values()) {
            if (version.major == major) {
                return version;
            }
        }
        throw new IllegalArgumentException("unsupported Odoo version " + major + " (17, 18 or 19)");
    }

    public static OdooVersion parse(String text) {
        String major = text.strip();
        int dot = major.indexOf('.');
        return of(Integer.parseInt(dot < 0 ? major : major.substring(0, dot)));
    }

    public int major() {
        return major;
    }

    /** The {@code error.code} of a JSON-RPC error answer: 200 up to Odoo 18, 0 from Odoo 19. */
    public int jsonRpcErrorCode() {
        return jsonRpcErrorCode;
    }

    /** Whether {@code /json/2} is served (Odoo 19 and later). */
    public boolean servesJson2() {
        return json2;
    }

    /** Whether {@code read_group} is still public (Odoo 19 replaces it by {@code formatted_read_group}). */
    public boolean hasReadGroup() {
        return major < 19;
    }

    public String serverVersion() {
        return major + ".0+e-20241005";
    }

    public String serverSerie() {
        return major + ".0";
    }

    public List<Object> serverVersionInfo() {
        return List.of(major, 0, 0, "final", 0, "");
    }
}
