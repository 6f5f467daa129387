package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.HoldReason;

/** One claim in full: lines and charges, hold reason, expected benefits and the payer's outcome amounts. */
public record ClaimView(String claimId, String encounterId, String patientId, String payerId, String memberId,
        String billingProviderNpi, String renderingProviderNpi, String facilityId, String placeOfService,
        LocalDate dateOfService, List<String> diagnosisCodes, ClaimStatus status, HoldReason holdReason,
        String holdDetail, BigDecimal totalCharge, List<ClaimLineView> lines, Benefits expectedBenefits,
        BigDecimal allowedAmount, BigDecimal paidAmount, BigDecimal patientResponsibility,
        BigDecimal contractualAdjustment, BigDecimal deniedAmount, Instant createdAt, Instant submittedAt,
        Instant adjudicatedAt, ClaimType claimType, String patientControlNumber, String payerClaimControlNumber,
        Subscriber subscriber, List<NextPayer> nextPayers) {

    /** A payer after the claim's own in the order of benefits, and the claim it was sent (or why not). */
    public record NextPayer(int position, String payerResponsibility, String payerId, String planName,
            ClaimPayerLeg.Status status, String statusReason, String patientControlNumber, BigDecimal remainingBalance,
            Instant sentAt, String payerClaimControlNumber, BigDecimal paidAmount, BigDecimal patientResponsibility,
            Instant adjudicatedAt) {

        static NextPayer of(ClaimPayerLeg l) {
            return new NextPayer(l.position, l.payerResponsibility, l.payerId, l.planName, l.status, l.statusReason,
                    l.patientControlNumber, l.remainingBalance, l.sentAt, l.payerClaimControlNumber, l.paidAmount,
                    l.patientResponsibility, l.adjudicatedAt);
        }
    }

    /** The subscriber (= patient) loop data, for the biller correcting a rejection; never logged. */
    public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth, String sex, String line1,
            String line2, String city, String state, String postalCode) {
    }

    public record Benefits(BigDecimal copay, BigDecimal coinsurancePercent, BigDecimal deductibleRemaining) {
    }

    static ClaimView of(Claim c) {
        return new ClaimView(c.claimId, c.encounterId, c.patientId, c.payerId, c.memberId, c.billingProviderNpi,
                c.renderingProviderNpi, c.facilityId, c.placeOfService, c.dateOfService, List.copyOf(c.diagnosisCodes),
                c.status, c.holdReason, c.holdDetail, c.totalCharge, c.lines.stream().map(ClaimLineView::of).toList(),
                new Benefits(c.expectedCopay, c.expectedCoinsurancePercent, c.expectedDeductibleRemaining),
                c.allowedAmount, c.paidAmount, c.patientResponsibility, c.contractualAdjustment, c.deniedAmount,
                c.createdAt, c.submittedAt, c.adjudicatedAt, c.claimType, c.patientControlNumber,
                c.payerClaimControlNumber, new Subscriber(c.patientFirstName, c.patientLastName, c.patientBirthDate,
                        c.patientSex, c.patientLine1, c.patientLine2, c.patientCity, c.patientState,
                        c.patientPostalCode),
                ClaimPayerLeg.of(c.claimId).stream().map(NextPayer::of).toList());
    }
}
