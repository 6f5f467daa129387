package io.revcycle.claims.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.domain.BillingProviderEntry;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.FacilityEntry;
import io.revcycle.claims.domain.PayerEntry;

/** The providers, facilities, payers and revenue codes an 837 needs, and what is missing for a claim, in words. */
@ApplicationScoped
public class ClaimDirectory {

    private final Chargemaster chargemaster;

    public ClaimDirectory(Chargemaster chargemaster) {
        this.chargemaster = chargemaster;
    }

    public Optional<BillingProviderEntry> provider(String npi) {
        return BillingProviderEntry.findByIdOptional(npi);
    }

    public Optional<FacilityEntry> facility(String facilityId) {
        return FacilityEntry.findByIdOptional(facilityId);
    }

    public Optional<PayerEntry> payer(String payerId) {
        return PayerEntry.findByIdOptional(payerId);
    }

    /** The line's revenue code as coding chose or confirmed it, else the chargemaster's for the procedure. */
    public Optional<String> revenueCode(ClaimLine line, Claim claim) {
        if (line.revenueCode != null) {
            return Optional.of(line.revenueCode);
        }
        return chargemaster.inForce(line.procedureCode, claim.dateOfService).map(Chargemaster.Price::revenueCode);
    }

    /** Why the claim's 837 cannot be written at all (empty when it can); ids only, never patient data. */
    public List<String> missingFor(Claim claim) {
        List<String> missing = new ArrayList<>();
        List<String> demographics = claim.patient().missing();
        if (!demographics.isEmpty()) {
            missing.add("subscriber demographics missing: " + String.join(", ", demographics));
        }
        if (claim.memberId == null || claim.memberId.isBlank()) {
            missing.add("subscriber member id missing");
        }
        if (payer(claim.payerId).isEmpty()) {
            missing.add("payer " + claim.payerId + " is not in the payer directory");
        }
        if (provider(claim.billingProviderNpi).isEmpty()) {
            missing.add("billing provider NPI " + claim.billingProviderNpi + " is not in the provider directory");
        }
        if (provider(claim.renderingProviderNpi).isEmpty()) {
            missing.add("rendering provider NPI " + claim.renderingProviderNpi + " is not in the provider directory");
        }
        if (facility(claim.facilityId).isEmpty()) {
            missing.add("facility " + claim.facilityId + " is not in the facility directory");
        }
        if (claim.claimType == ClaimType.INSTITUTIONAL) {
            for (ClaimLine line : claim.lines) {
                if (revenueCode(line, claim).filter(r -> !r.isBlank()).isEmpty()) {
                    missing.add("line " + line.lineNumber + ": the chargemaster has no revenue code for "
                            + line.procedureCode);
                }
            }
        }
        return missing;
    }
}
