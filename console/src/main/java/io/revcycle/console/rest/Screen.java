package io.revcycle.console.rest;

import java.util.List;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.security.Roles;

/**
 * The console's screens and who may open them (docs/security.md, console table). The roles are those of the service
 * endpoints a screen reads, so the home page offers no screen that would only answer 403; each page's
 * {@code @RolesAllowed} repeats them.
 */
public enum Screen {
    CODING_WORKLIST("Coding work list", "/coding/worklist", "Coding",
            "Work items per queue, oldest first then highest charge, page by page; take the next one or assign one",
            Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST, Roles.CODING_MANAGER),
    CODING_PRODUCTIVITY("My productivity", "/coding/productivity", "Coding",
            "Items you finalized, hours, items per hour, overrides and audit agreement over a period",
            Roles.CODER),
    CODING_QUERIES("Physician queries", "/coding/queries", "Coding",
            "Open and answered documentation queries with their age; physicians answer here",
            Roles.CODER, Roles.CDI_SPECIALIST, Roles.PHYSICIAN, Roles.CODING_MANAGER),
    DENIALS("Denial work list", "/billing/denials", "Billing",
            "Denials by payer with CARC/RARC in words, amount, age, owner and appeal deadline",
            Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER),
    CLAIMS("Claim timeline", "/billing/claims", "Billing",
            "A claim's states, files and actions in order",
            Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER),
    PATIENT_ACCOUNTS("Patient accounts", "/patient-accounts", "Patient accounts",
            "Guarantor accounts with their ledger, payments, plans, statements and collections; record a payment",
            Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER),
    CORRECTIONS("Claim correction queue", "/billing/corrections", "Billing",
            "Claims the scrubber, a 999 or a 277CA rejected, in words; fix and re-validate",
            Roles.BILLER, Roles.BILLING_MANAGER),
    SUBMISSIONS("Submission monitor", "/billing/submissions", "Billing",
            "837 batches sent with their 999 and 277CA rejections; clearinghouse against payer rejections",
            Roles.BILLER, Roles.BILLING_MANAGER),
    REMITTANCES("ERAs", "/billing/remittances", "Billing",
            "835 files and claim payments, remittances in words; match unmatched payments to their claims",
            Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER),
    MANAGER_KPIS("Revenue-cycle KPIs", "/managers/kpis", "Managers",
            "HFMA KPIs from the event stream with targets and the prior period; drill down to the work lists",
            Roles.BILLING_MANAGER, Roles.CODING_MANAGER);

    public final String title;
    public final String path;
    public final String department;
    public final String purpose;
    public final Set<String> roles;

    Screen(String title, String path, String department, String purpose, String... roles) {
        this.title = title;
        this.path = path;
        this.department = department;
        this.purpose = purpose;
        this.roles = Set.of(roles);
    }

    public boolean allows(SecurityIdentity identity) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    public static List<Screen> allowedTo(SecurityIdentity identity) {
        return java.util.Arrays.stream(values()).filter(s -> s.allows(identity)).toList();
    }
}
