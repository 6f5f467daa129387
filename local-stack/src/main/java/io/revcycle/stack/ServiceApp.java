package io.revcycle.stack;

/** The platform's Quarkus applications, their default ports and databases. */
public enum ServiceApp {
    CODING("coding-service", 8081, "coding"),
    ELIGIBILITY("eligibility-service", 8082, "eligibility"),
    CLAIMS("claims-service", 8083, "claims"),
    REMITTANCE("remittance-service", 8084, "remittance"),
    PATIENT_BILLING("patient-billing-service", 8085, "patient_billing"),
    PAYER_SIMULATOR("payer-simulator", 8086, "payer_simulator");

    public final String module;
    public final int defaultPort;
    public final String database;

    ServiceApp(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }
}
