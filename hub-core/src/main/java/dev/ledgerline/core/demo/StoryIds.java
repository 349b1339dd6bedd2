package dev.ledgerline.core.demo;

/** The external ids of the story's projects and contracts, and the billing models' wire names. */
final class StoryIds {

    static final String NORTHWIND_PLATFORM = "P-NW-PLATFORM";
    static final String NORTHWIND_PITCH = "P-NW-PITCH";
    static final String GLOBEX_ASSESSMENT = "P-GLOBEX-ASSESS";
    static final String GLOBEX_SPRINT = "P-GLOBEX-SPRINT";
    static final String GLOBEX_EUROPE = "P-GLOBEX-DE";
    static final String INITECH_ROLLOUT = "P-INITECH-ROLLOUT";
    static final String INITECH_BI = "P-INITECH-BI";
    static final String STARK_ADVISORY = "P-STARK-ADVISORY";
    static final String STARK_DILIGENCE = "P-STARK-DILIGENCE";
    static final String UMBRELLA_PLATFORM = "P-UMB-PLATFORM";
    static final String WAYNE_ADVISORY = "P-WAYNE-ADVISORY";
    static final String ACME_SUBSCRIPTION = "P-ACME-SUB";
    static final String US_INTERNAL = "P-US-INTERNAL";
    static final String EU_INTERNAL = "P-EU-INTERNAL";

    static final String K_NORTHWIND = "K-NW-TM";
    static final String K_GLOBEX_NTE = "K-GLOBEX-NTE";
    static final String K_GLOBEX_SPRINT = "K-GLOBEX-SPRINT";
    static final String K_GLOBEX_EUROPE = "K-GLOBEX-DE";
    static final String K_INITECH_TM = "K-INITECH-TM";
    static final String K_INITECH_SUB = "K-INITECH-SUB";
    static final String K_STARK_RETAINER = "K-STARK-RET";
    static final String K_STARK_FIXED = "K-STARK-FF";
    static final String K_UMBRELLA_FIXED = "K-UMB-FF";
    static final String K_WAYNE_RETAINER = "K-WAYNE-RET";
    static final String K_ACME_SUB = "K-ACME-SUB";

    static final String TM = "time_and_materials";
    static final String FIXED_FEE = "fixed_fee";
    static final String RETAINER = "retainer";
    static final String SUBSCRIPTION = "subscription";

    private StoryIds() {}
}
