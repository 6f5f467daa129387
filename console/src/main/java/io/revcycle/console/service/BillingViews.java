package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The parts of claims-service's JSON the billing screens show, read leniently. No member ids or names. */
public final class BillingViews {

    private BillingViews() {
    }

    /** A denied claim line (reasonCode the CARC, remarkCodes the RARCs) with its classification and owner. */
    public record Denial(long id, String claimId, String encounterId, String payerId, int lineNumber,
            String procedureCode, String groupCode, String reasonCode, List<String> remarkCodes, BigDecimal amount,
            String status, Instant createdAt, String category, String department, Boolean avoidable,
            String nextAction, LocalDate appealDeadline, String assignedTo, String lastAction, Long daysLeft,
            String payerResponsibility, String resolution, Instant resolvedAt, String resolvedBy,
            String resolutionReason, List<String> inactiveCodes, String ruleId, String codingOutcome,
            String codingReviewedBy, Instant returnedFromCodingAt) {

        /** OPEN and WAITING items may still be worked; RESOLVED ones are closed (claims-service answers 409). */
        public boolean workable() {
            return !"RESOLVED".equals(status);
        }

        /**
         * CODING and CDI denials reach coding-service's denial re-review list from the same DenialRaised, or from
         * their routing to coding (DenialActionTaken); claims-service refuses to route them again.
         */
        public boolean ownedByCoding() {
            return "CODING".equals(department) || "CDI".equals(department);
        }

        /** Back from coding's re-review (coding-service's outcome) and not routed there again since. */
        public boolean returnedFromCoding() {
            return returnedFromCodingAt != null && !ownedByCoding();
        }

        /** Coding changed the codes: billing corrects and resubmits (claims-service never does it by itself). */
        public boolean codesChanged() {
            return "CODES_CHANGED".equals(codingOutcome);
        }

        /** coding-service's outcome in words. */
        public String codingOutcomeInWords() {
            return codesChanged() ? "codes changed" : "CODES_CONFIRMED".equals(codingOutcome)
                    ? "codes confirmed as billed" : codingOutcome;
        }
    }

    /** GET /denials/{id}: the item and what workers wrote on it, oldest first. */
    public record DenialDetail(Denial denial, List<Note> notes) {
    }

    public record Note(String author, String text, Instant createdAt) {
    }

    /** A correct or void: the claim's new status and frequency (7 replacement, 8 void). */
    public record Resubmission(String claimId, String status, String frequencyCode) {
    }

    public record Appeal(long appealId, String claimId, LocalDate appealDeadline, String createdBy) {
    }

    public record Claim(String claimId, String encounterId, String payerId, String facilityId, LocalDate dateOfService,
            String status, String holdReason, String holdDetail, BigDecimal totalCharge, BigDecimal allowedAmount,
            BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal deniedAmount, Instant createdAt,
            Instant submittedAt, Instant adjudicatedAt, String claimType, String payerClaimControlNumber,
            String memberId, List<String> diagnosisCodes, Subscriber subscriber, String patientControlNumber) {
    }

    /** The subscriber's demographics a biller corrects a rejection with (shown to billers only, never logged). */
    public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth, String sex, String line1,
            String line2, String city, String state, String postalCode) {
    }

    /** PATCH /claims/{id} and POST /denials/{id}/correct: null parts stay as they are. */
    public record Correction(String memberId, Subscriber subscriber, List<String> diagnosisCodes) {
        public boolean empty() {
            return memberId == null && subscriber == null && diagnosisCodes == null;
        }
    }

    /** A rejected claim in the correction queue: the scrubber's, the 999's or the 277CA's reason in words. */
    public record CorrectionItem(long id, String claimId, String payerResponsibility, String stage, List<String> codes,
            String reason, String status, String fileId, String interchangeControlNumber, Instant createdAt,
            Instant resolvedAt, LocalDate filingDeadline, Long filingDaysLeft) {
    }

    /** One step of the claim's timeline; from == to when something was recorded without a state change. */
    public record TimelineStep(Instant at, String from, String to, String cause, String fileId,
            String interchangeControlNumber) {

        public boolean stateChange() {
            return from == null || !from.equals(to);
        }
    }

    /** An X12 file the gateway sent or took (an 837 batch interchange, a 999, a 277CA), without its bytes. */
    /** claims-service's 837 batch: control numbers, payer, its claims counted by acknowledgment, total charge. */
    public record Batch(long batchId, String interchangeControlNumber, String groupControlNumber,
            String transactionSetControlNumber, String ediFileId, String payerId, String claimType, Instant sentAt,
            int claimCount, long awaiting, long acknowledged, long accepted, long rejected999, long rejected277ca,
            BigDecimal totalCharge, String status) {
    }

    public record BatchPage(List<Batch> items, int page, int size, long total) {
    }

    public record BatchDetail(Batch batch, List<BatchClaim> claims) {
    }

    /** A claim of a batch: its acknowledgment in that batch, where it stands now, the rejection it got there. */
    public record BatchClaim(String claimId, String encounterId, String patientControlNumber, BigDecimal totalCharge,
            String acknowledgment, String currentStatus, String payerClaimControlNumber, String rejectionStage,
            List<String> rejectionCodes, String rejectionReason) {

        public String acknowledgmentInWords() {
            return SubmissionMonitor.inWords(acknowledgment);
        }
    }

    /** GET /claims/summary: claims per status and the money at the payers. */
    public record Summary(long claims, java.util.Map<String, Long> byStatus, BigDecimal billed, BigDecimal paid,
            BigDecimal patientResponsibility, BigDecimal denied) {
    }
}
