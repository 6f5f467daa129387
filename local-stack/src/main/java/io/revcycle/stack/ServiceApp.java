package io.revcycle.stack;

/**
 * The platform's Quarkus applications, their default ports and databases, and whether they hold the PHI key (they
 * publish or read sealed PHI fields; docs/phi-protection.md).
 */
public enum ServiceApp {
    CODING("coding-service", 8081, "coding", true),
    ELIGIBILITY("eligibility-service", 8082, "eligibility", true),
    CLAIMS("claims-service", 8083, "claims", true),
    REMITTANCE("remittance-service", 8084, "remittance", true),
    PATIENT_BILLING("patient-billing-service", 8085, "patient_billing", false),
    PAYER_SIMULATOR("payer-simulator", 8086, "payer_simulator", true),
    /** The managers' KPIs, a read model of the events (docs/kpis.md); reads no PHI. */
    REVENUE_INSIGHTS("revenue-insights", 8088, "revenue_insights", false);

    public final String module;
    public final int defaultPort;
    public final String database;
    public final boolean holdsPhiKey;

    ServiceApp(String module, int defaultPort, String database, boolean holdsPhiKey) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
        this.holdsPhiKey = holdsPhiKey;
    }
}
