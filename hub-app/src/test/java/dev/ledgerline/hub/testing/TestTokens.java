package dev.ledgerline.hub.testing;

/** The tokens of application-test.yml (test-only values). */
public final class TestTokens {

    /** {@code ingest:psa} */
    public static final String PSA = "llk_W07W49JlGv2RvIv1nZv5yemhOObYNLKq_0POcH6";
    /** {@code ingest:hr}, {@code ingest:crm}, {@code ingest:portal} */
    public static final String PEOPLE = "llk_aunPLhpqtb3KqSHCcQGTDWZucCNe041C_2WN6y9";
    /** {@code read} */
    public static final String READER = "llk_oJdhEFDe7N0URjxy3DB5Te13Xgh3V95T_3uzNTT";
    /** {@code ops} */
    public static final String OPERATOR = "llk_bvqOXNlDbhs32iX0Pn1bmCb05IeR71O2_47grzP";

    /** {@code ops}, a second person (four eyes) */
    public static final String SECOND_OPERATOR = "llk_p4xKjuAIgCbj2KcYAZql7AydNzDt82aQ_0IO6Ya";

    /** {@code admin} */
    public static final String ADMIN = "llk_qjU79edbctiCO4gCJFmK8O2Ek7NR4AXe_3arVDY";

    /** {@code finance} */
    public static final String FINANCE = "llk_a0fqq6ChisuMe3Jc7K3HaOtfKKZq8vnB_3NwdtC";

    /** {@code ingest:} every source of the demo firm (crm, psa, hr, payroll, expenses, procurement, portal) */
    public static final String DEMO_FEED = "llk_Dm0Fd9Xc8Vb7Nm6Qw5Er4Ty3Ui2Op1As_4Gp0p5";

    private TestTokens() {}
}
