package io.revcycle.security;

/** The realm roles (docs/security.md): constants for {@code @RolesAllowed}, so a typo does not compile. */
public final class Roles {
    public static final String CODER = "coder";
    public static final String CODING_AUDITOR = "coding-auditor";
    public static final String CODING_MANAGER = "coding-manager";
    public static final String CDI_SPECIALIST = "cdi-specialist";
    public static final String PHYSICIAN = "physician";
    public static final String REGISTRATION = "registration";
    public static final String BILLER = "biller";
    public static final String DENIAL_SPECIALIST = "denial-specialist";
    public static final String PATIENT_ACCOUNTS = "patient-accounts";
    public static final String BILLING_MANAGER = "billing-manager";
    public static final String CONTENT_ADMIN = "content-admin";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
