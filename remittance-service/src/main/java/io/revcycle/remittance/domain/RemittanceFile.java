package io.revcycle.remittance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An 835 file the EDI gateway handed to this service (its id is the gateway's file id). A file with any SNIP error is
 * REJECTED whole: the findings are kept in words and nothing of it is posted.
 */
@Entity
@Table(name = "remittance_file")
public class RemittanceFile extends PanacheEntityBase {

    public enum Status {
        ACCEPTED, REJECTED
    }

    @Id
    @Column(name = "file_id")
    public String fileId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "sender_id", nullable = false)
    public String senderId;

    @Column(name = "interchange_control_number", nullable = false)
    public String interchangeControlNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    /** One finding per line, as common-x12 words them (never element values, which may be PHI). */
    public String findings;

    @Column(name = "transaction_count", nullable = false)
    public int transactionCount;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @OneToMany(mappedBy = "file", cascade = CascadeType.ALL)
    @OrderBy("seq")
    public List<RemittanceTransaction> transactions = new ArrayList<>();

    public void addTransaction(RemittanceTransaction transaction) {
        transaction.file = this;
        transactions.add(transaction);
    }

    public List<String> findingLines() {
        return findings == null || findings.isBlank() ? List.of() : List.of(findings.split("\n"));
    }
}
