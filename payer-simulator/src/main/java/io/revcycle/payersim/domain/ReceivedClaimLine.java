package io.revcycle.payersim.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.messaging.PooledIds;

/** One service line as received (837 loop 2400) and as adjudicated (what the 835 loop 2110 says). */
@Entity
@Table(name = "received_claim_line")
public class ReceivedClaimLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "received_claim_line_ids")
    @SequenceGenerator(name = "received_claim_line_ids", sequenceName = "received_claim_line_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;
    @Column(name = "claim_id")
    public Long claimId;
    @Column(name = "line_number")
    public int lineNumber;
    /** REF*6R of the 837 line, echoed in the 835's 2110 REF*6R. */
    @Column(name = "line_item_control_number")
    public String lineItemControlNumber;
    @Column(name = "procedure_qualifier")
    public String procedureQualifier;
    @Column(name = "procedure_code")
    public String procedureCode;
    /** Modifiers joined with ':' in order. */
    public String modifiers;
    @Column(name = "revenue_code")
    public String revenueCode;
    public BigDecimal charge;
    public BigDecimal units;
    @Column(name = "service_date")
    public LocalDate serviceDate;
    @Column(name = "service_end")
    public LocalDate serviceEnd;
    @Column(name = "allowed_amount")
    public BigDecimal allowedAmount;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    /** GROUP-CARC=amount entries joined with ';', in benefit order. */
    public String adjustments;
    @Column(name = "remark_code")
    public String remarkCode;

    /** The code contract terms are looked up by: the procedure, else (837I lines without HCPCS) the revenue code. */
    public String contractCode() {
        return procedureCode != null ? procedureCode : revenueCode;
    }
}
