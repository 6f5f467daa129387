package io.revcycle.edi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file that arrived again (same sender, ISA13 and content): recorded, nothing else happens. */
@Entity
@Table(name = "edi_file_duplicate")
public class EdiFileDuplicate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "file_id")
    public String fileId;

    public String origin;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "received_at")
    public Instant receivedAt;
}
