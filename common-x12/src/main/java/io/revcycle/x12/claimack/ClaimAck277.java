package io.revcycle.x12.claimack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.x12.remit.Fields;

/**
 * One 277CA (005010X214) health care claim acknowledgment: who acknowledges (information source, 2000A), to whom
 * (information receiver, 2000B), for which billing providers (2000C), patients (2000D) and claims (2200D) with their
 * service lines (2220D), each with its STC statuses. HL numbering is not part of the record: the writer numbers the
 * levels and the reader rebuilds the hierarchy from HL01/HL02.
 *
 * @param referenceId  BHT03 originator application transaction id
 * @param creationDate BHT04
 * @param creationTime BHT05 (HHMM, HHMMSS or HHMMSSDD as written)
 */
public record ClaimAck277(String referenceId, LocalDate creationDate, String creationTime,
        List<InformationSource> sources) {

    public ClaimAck277 {
        sources = Fields.list(sources);
    }

    /** All claims of the transaction in document order. */
    public List<ClaimStatus> claims() {
        return sources.stream().flatMap(s -> s.receivers().stream()).flatMap(r -> r.providers().stream())
                .flatMap(p -> p.patients().stream()).flatMap(p -> p.claims().stream()).toList();
    }

    /**
     * 2000A: the payer or clearinghouse (NM1*PR / NM1*AY) with its receipt traces (2200A) and its receivers.
     */
    public record InformationSource(Party name, List<Receipt> receipts, List<Receiver> receivers) {
        public InformationSource {
            receipts = Fields.list(receipts);
            receivers = Fields.list(receivers);
        }
    }

    /** 2200A: TRN*1 transmission receipt control id, DTP*050 receipt date and DTP*009 process date. */
    public record Receipt(String traceNumber, LocalDate receiptDate, LocalDate processDate) {
    }

    /** NM1: entity code (PR, AY, 41, 85, QC), entity type (1 person, 2 organisation), names, id qualifier and id. */
    public record Party(String entityCode, String entityType, String lastOrOrganization, String first,
            String middle, String suffix, String idQualifier, String id) {
    }

    /** 2000B: the information receiver (NM1*41), its batch trace (TRN*2), statuses and totals, and its providers. */
    public record Receiver(Party name, String traceNumber, List<Status> statuses, Totals totals,
            List<BillingProvider> providers) {
        public Receiver {
            statuses = Fields.list(statuses);
            providers = Fields.list(providers);
        }
    }

    /**
     * Accepted and rejected counts (QTY*90/AA at 2200B, QTY*QA/QC at 2200C) and amounts (AMT*YU/YY); null when absent.
     */
    public record Totals(BigDecimal acceptedQuantity, BigDecimal rejectedQuantity, BigDecimal acceptedAmount,
            BigDecimal rejectedAmount) {

        public boolean isEmpty() {
            return acceptedQuantity == null && rejectedQuantity == null && acceptedAmount == null
                    && rejectedAmount == null;
        }
    }

    /** 2000C: the billing provider (NM1*85), its trace (TRN*1), statuses, secondary ids, totals and patients. */
    public record BillingProvider(Party name, String traceNumber, List<Status> statuses, List<Reference> references,
            Totals totals, List<Patient> patients) {
        public BillingProvider {
            statuses = Fields.list(statuses);
            references = Fields.list(references);
            patients = Fields.list(patients);
        }
    }

    public record Reference(String qualifier, String value) {
    }

    /** 2000D: the patient (NM1*QC) and the acknowledged claims. */
    public record Patient(Party name, List<ClaimStatus> claims) {
        public Patient {
            claims = Fields.list(claims);
        }
    }

    /**
     * 2200D: one claim's acknowledgment.
     *
     * @param patientControlNumber     TRN*2 TRN02 (CLM01 of the 837)
     * @param payerClaimControlNumber  REF*1K
     * @param clearinghouseTraceNumber REF*D9
     * @param billType                 REF*BLT (institutional claims)
     * @param serviceDate              DTP*472
     */
    public record ClaimStatus(String patientControlNumber, List<Status> statuses, String payerClaimControlNumber,
            String clearinghouseTraceNumber, String billType, DateRange serviceDate, List<LineStatus> lines) {
        public ClaimStatus {
            statuses = Fields.list(statuses);
            lines = Fields.list(lines);
        }
    }

    /**
     * 2220D: one service line's acknowledgment.
     *
     * @param lineItemControlNumber REF*FJ (the 837 line item control number)
     * @param prescriptionNumber    REF*XZ
     */
    public record LineStatus(Procedure procedure, BigDecimal charge, String revenueCode, BigDecimal units,
            List<Status> statuses, String lineItemControlNumber, String prescriptionNumber, DateRange serviceDate) {
        public LineStatus {
            statuses = Fields.list(statuses);
        }
    }

    /** SVC01 composite: qualifier (HC, AD, ER, HP, IV, N4, NU, WK), code and up to four modifiers. */
    public record Procedure(String qualifier, String code, List<String> modifiers) {
        public Procedure {
            modifiers = Fields.list(modifiers);
        }
    }

    /**
     * STC: the status (STC01) with its effective date, action code (U, WQ), amount (STC04) and up to two more statuses
     * (STC10, STC11) and a free-form message (STC12).
     */
    public record Status(StatusCode status, LocalDate effectiveDate, String actionCode, BigDecimal amount,
            List<StatusCode> additional, String message) {
        public Status {
            additional = Fields.list(additional);
        }
    }

    /**
     * C043: claim status category code (e.g. A1 received, A2 accepted, A3 returned as unprocessable, A6/A7/A8 rejected
     * for missing, invalid or relational data), status code (code source 508) and entity identifier code.
     */
    public record StatusCode(String category, String code, String entity) {
    }

    /** DTP D8 (only {@code from}) or RD8 (from and to). */
    public record DateRange(LocalDate from, LocalDate to) {
    }
}
