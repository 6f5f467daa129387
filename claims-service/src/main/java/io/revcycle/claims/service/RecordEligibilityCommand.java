package io.revcycle.claims.service;

import java.util.List;
import java.util.UUID;

import io.revcycle.claims.domain.EligibilityResult;

/**
 * Coverage was verified for an encounter: the first or second half of its claim's intake, and the payers that come
 * after the encounter's payer in the patient's order of benefits (empty when it is the only one).
 */
public record RecordEligibilityCommand(String encounterId, UUID eventId, EligibilityResult eligibility,
        List<NextPayer> nextPayers) {

    public RecordEligibilityCommand {
        nextPayers = List.copyOf(nextPayers);
    }

    public RecordEligibilityCommand(String encounterId, UUID eventId, EligibilityResult eligibility) {
        this(encounterId, eventId, eligibility, List.of());
    }

    /** A coverage after the claim's payer; memberId and the subscriber's names are PHI. */
    public record NextPayer(int position, String payerResponsibility, String payerId, String coverageId,
            String planName, String groupId, String insuranceType, String relationshipCode, String memberId,
            String subscriberFirstName, String subscriberLastName) {
    }
}
