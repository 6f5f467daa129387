package io.revcycle.edi;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One X12 file this service sent (OUT) or took (IN); see db/edi. */
@Entity
@Table(name = "edi_file")
public class EdiFile extends PanacheEntityBase {

    public static final String IN = "IN";
    public static final String OUT = "OUT";

    @Id
    @Column(name = "file_id")
    public String fileId;

    public String direction;

    public String origin;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "receiver_id")
    public String receiverId;

    @Column(name = "interchange_control_number")
    public String interchangeControlNumber;

    /** Comma-separated labels (837P, 999, ...). */
    @Column(name = "document_types")
    public String documentTypes;

    public String sha256;

    @Column(name = "size_bytes")
    public int sizeBytes;

    /** SENT (out); ACCEPTED, REJECTED or FORWARDED (in). */
    public String status;

    @Column(name = "error_count")
    public int errorCount;

    /** One finding per line, as common-x12 words them (never element values). */
    public String findings;

    public byte[] content;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "dropped_at")
    public Instant droppedAt;

    public boolean forwarded;

    public static Optional<EdiFile> taken(String direction, String senderId, String isa13, String sha256) {
        return find("direction = ?1 and senderId = ?2 and interchangeControlNumber = ?3 and sha256 = ?4", direction,
                senderId, isa13, sha256).firstResultOptional();
    }
}
