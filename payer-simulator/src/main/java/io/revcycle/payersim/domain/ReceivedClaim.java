package io.revcycle.payersim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.messaging.PooledIds;

/** One arrival of a claim (837 loop 2300) and the simulator's answers to it: 277CA status, adjudication, 835. */
@Entity
@Table(name = "received_claim")
public class ReceivedClaim extends PanacheEntityBase {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    /**
     * remittance_status: nothing to pay (rejected or a re-arrival), queued for the next 835, sent, never (acknowledge
     * only), or sat on.
     */
    public static final String NONE = "NONE";
    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String ACK_ONLY = "ACK_ONLY";
    /** Accepted and sat on (revcycle.payer.sit-on-claims): never adjudicated, no 835. */
    public static final String PENDED = "PENDED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "received_claim_ids")
    @SequenceGenerator(name = "received_claim_ids", sequenceName = "received_claim_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "patient_control_number")
    public String patientControlNumber;
    @Column(name = "claim_type")
    public String claimType;
    @Column(name = "file_id")
    public String fileId;
    @Column(name = "interchange_control_number")
    public String interchangeControlNumber;
    @Column(name = "group_control_number")
    public String groupControlNumber;
    @Column(name = "transaction_control_number")
    public String transactionControlNumber;
    @Column(name = "submitter_isa_id")
    public String submitterIsaId;
    @Column(name = "member_id")
    public String memberId;
    @Column(name = "patient_last_name")
    public String patientLastName;
    @Column(name = "patient_first_name")
    public String patientFirstName;
    @Column(name = "billing_npi")
    public String billingNpi;
    @Column(name = "billing_name")
    public String billingName;
    @Column(name = "facility_code")
    public String facilityCode;
    @Column(name = "frequency_code")
    public String frequencyCode;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Column(name = "service_from")
    public LocalDate serviceFrom;
    @Column(name = "service_to")
    public LocalDate serviceTo;
    public String status;
    @Column(name = "status_category")
    public String statusCategory;
    @Column(name = "status_code")
    public String statusCode;
    @Column(name = "status_entity")
    public String statusEntity;
    public String reason;
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;
    @Column(name = "duplicate_of")
    public Long duplicateOf;
    @Column(name = "claim_status_code")
    public String claimStatusCode;
    @Column(name = "claim_filing_indicator")
    public String claimFilingIndicator;
    @Column(name = "allowed_amount")
    public BigDecimal allowedAmount;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;
    @Column(name = "remittance_status")
    public String remittanceStatus;
    @Column(name = "remittance_file_id")
    public String remittanceFileId;
    @Column(name = "remittance_trace_number")
    public String remittanceTraceNumber;
    @Column(name = "ack_file_id")
    public String ackFileId;
    @Column(name = "received_at")
    public Instant receivedAt;

    /** The first accepted arrival of this claim at this payer: the one that is paid. */
    public static Optional<ReceivedClaim> acceptedBefore(String payerId, String patientControlNumber) {
        return find("payerId = ?1 and patientControlNumber = ?2 and status = ?3 and duplicateOf is null", payerId,
                patientControlNumber, ACCEPTED).firstResultOptional();
    }

    /** The latest arrival of a claim at a payer (accepted or rejected), for a 276 asking about it. */
    public static Optional<ReceivedClaim> latest(String payerId, String patientControlNumber) {
        return find("payerId = ?1 and patientControlNumber = ?2 order by id desc", payerId, patientControlNumber)
                .firstResultOptional();
    }

    public static List<ReceivedClaim> queued() {
        return list("remittanceStatus = ?1 order by id", QUEUED);
    }

    public List<ReceivedClaimLine> lines() {
        return ReceivedClaimLine.list("claimId = ?1 order by lineNumber", id);
    }
}
