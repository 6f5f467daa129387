package io.revcycle.claims.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a denial worker wrote on a denial item. The text may name the patient: it is stored, never logged or sent. */
@Entity
@Table(name = "denial_note")
public class DenialNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "denial_item_id", nullable = false)
    public Long denialItemId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<DenialNote> of(long denialItemId) {
        return list("denialItemId = ?1 order by id", denialItemId);
    }
}
