package io.revcycle.coding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One load of a release file: the same file (kind + SHA-256) is one version however often it is loaded. */
@Entity
@Table(name = "content_version")
public class ContentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(name = "release_label", nullable = false)
    public String releaseLabel;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public String checksum;

    @Column(nullable = false)
    public String origin;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(nullable = false)
    public int added;

    @Column(nullable = false)
    public int closed;

    @Column(nullable = false)
    public int unchanged;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    public static Optional<ContentVersion> byChecksum(String kind, String checksum) {
        return find("kind = ?1 and checksum = ?2", kind, checksum).firstResultOptional();
    }

    /** The latest release of a kind, by effective date: a release older than it cannot be loaded after it. */
    public static Optional<ContentVersion> latest(String kind) {
        return find("kind = ?1 order by effectiveDate desc, id desc", kind).firstResultOptional();
    }

    public static List<ContentVersion> newestFirst() {
        return find("order by id desc").list();
    }
}
